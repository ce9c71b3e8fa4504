from django import template

from partners.models import JoinRequest, JoinRequestStatus

register = template.Library()


@register.simple_tag(takes_context=True)
def new_join_requests(context) -> int | None:
    """How many join requests wait for a first look, for a reviewer; None for other staff."""
    if not context["request"].user.has_perm("partners.review_joinrequest"):
        return None
    return JoinRequest.objects.filter(status=JoinRequestStatus.NEW).count()
