"""What the HTML catalogue lists, for tests that compare it with the API, the downloads and the feeds."""

from projects.models import Project


def catalogue_slugs(client, query: str = "") -> list[str]:
    """Every project the HTML catalogue lists for the query, across all its pages, in its order.

    Its paginator pages through the ids of the whole result (projects/facets.py), which are read back as slugs.
    """
    response = client.get(f"/en/projects/{query}")
    assert response.status_code == 200
    ids = list(response.context["paginator"].object_list)
    slugs = dict(Project.objects.filter(pk__in=ids).values_list("pk", "slug"))
    return [slugs[pk] for pk in ids]
