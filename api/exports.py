"""The catalogue's exact current result as a file: every matching project, streamed, in the catalogue's order.

The rows are the API's project representation (one serializer), so a download, the API and the catalogue
page always agree. Streaming keeps memory flat however many projects match: there is no row limit.
"""

import csv
import json
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet
from django.http import HttpRequest, StreamingHttpResponse
from django.utils import translation
from django.views.decorators.http import require_safe
from rest_framework.utils.encoders import JSONEncoder

from core.importexport import csv_cell
from core.links import licence_link
from core.richtext import RichTextField, plain_text
from projects.filters import ProjectFilter
from projects.models import Project

from .serializers import ProjectSerializer
from .views import projects_for_api

CHUNK_SIZE = 500
COLUMNS = list(ProjectSerializer.Meta.fields)
# A file holds text, not markup: the rich text columns are written as plain text.
RICH_TEXT = {field.name for field in Project._meta.get_fields() if isinstance(field, RichTextField)}
RICH_TEXT_COLUMNS = [column for column in COLUMNS if column in RICH_TEXT]


def catalogue_result(request: HttpRequest) -> QuerySet:
    """The projects the catalogue lists for this query string, in its order; invalid values are ignored as there."""
    return ProjectFilter(request.GET, queryset=projects_for_api(), request=request).qs


def represented(projects: QuerySet, request: HttpRequest) -> Iterator[dict]:
    """The API's representation of each project, its rich text as plain text."""
    for project in projects.iterator(chunk_size=CHUNK_SIZE):
        row = ProjectSerializer(project, context={"request": request}).data
        yield row | {column: plain_text(row[column]) for column in RICH_TEXT_COLUMNS}


class _Echo:
    """A file that hands back what is written to it, so csv.writer makes lines for a stream."""

    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(COLUMNS)  # the byte order mark makes spreadsheet programs read UTF-8
    for row in rows:
        yield writer.writerow([csv_cell(row[column]) for column in COLUMNS])


def json_array(rows: Iterable[dict]) -> Iterator[str]:
    yield "["
    for index, row in enumerate(rows):
        yield ("," if index else "") + "\n" + json.dumps(row, cls=JSONEncoder, ensure_ascii=False)
    yield "\n]\n"


def in_language(language: str, chunks: Iterator[str]) -> Iterator[str]:
    """Produce `chunks` in `language`: the server reads a stream after the view has returned."""
    with translation.override(language):
        yield from chunks


FORMATS = {
    "csv": (csv_lines, "text/csv; charset=utf-8"),
    "json": (json_array, "application/json"),
}


@require_safe
def export_projects(request: HttpRequest, format: str) -> StreamingHttpResponse:
    """Stream every project the catalogue shows for the query string as CSV or JSON."""
    encode, content_type = FORMATS[format]
    chunks = in_language(translation.get_language(), encode(represented(catalogue_result(request), request)))
    response = StreamingHttpResponse(chunks, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="projects.{format}"'
    response["Link"] = licence_link()
    return response
