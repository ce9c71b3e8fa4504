from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models


class SearchWord(models.Model):
    """A word of the public texts, for "did you mean" (search.documents.refresh_words keeps the list)."""

    word = models.TextField(primary_key=True)

    class Meta:
        indexes = [GinIndex(OpClass("word", name="gin_trgm_ops"), name="searchword_trigrams")]

    def __str__(self):
        return self.word
