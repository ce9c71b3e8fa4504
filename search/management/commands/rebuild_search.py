from django.core.management.base import BaseCommand

from search.documents import rebuild


class Command(BaseCommand):
    help = (
        "Rebuild what the search keeps beside its generated columns: every entry's related names (tags, taxonomies) "
        'and facet options, and the "did you mean" word list from the public texts. Run it after changes made with '
        "SQL, or nightly to forget the words of unpublished entries."
    )

    def handle(self, *args, **options):
        rebuild()
        self.stdout.write(self.style.SUCCESS("Related names, facet options and word list rebuilt."))
