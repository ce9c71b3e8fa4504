from django.core.management.base import BaseCommand

from smartregion.search import refresh_search_documents


class Command(BaseCommand):
    help = (
        'Rebuild the search\'s copies of the tags, its "did you mean" word list from the public texts, and the '
        "posting lists (the weighted vectors themselves are generated columns and always up to date). "
        "Run it after changes made outside the admin, or nightly to forget the words of unpublished entries."
    )

    def handle(self, *args, **options):
        refresh_search_documents()
        self.stdout.write(self.style.SUCCESS("Search documents, word list and posting lists rebuilt."))
