"""Spreadsheets of publishable entries: CSV and Excel export, and CSV import with a dry run, in the admin.

The rules live here once for every app: how each kind of value is written in a cell, how a file is read (and
refused with a clear reason), that nothing becomes a spreadsheet formula, and the workflow rule that an import
by someone who may not publish never publishes (core/workflow.py decides who may). The apps' resources
(projects/resources.py, companies/resources.py) only name their columns.
"""

import csv
import io
from decimal import Decimal, InvalidOperation

import tablib
from diff_match_patch import diff_match_patch
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.forms import MultipleChoiceField, MultipleHiddenInput
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.decorators import method_decorator
from django.utils.encoding import force_str
from django.utils.html import format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from import_export import fields, resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import ExportForm, ImportForm

from search.documents import refresh_words

from . import workflow

# What separates the values of a list in one cell: priorities, themes, SDGs, municipalities, funds, tags.
SEPARATOR = "|"

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# The largest file an import reads: ample for thousands of entries, small enough for the shared cache.
MAX_IMPORT_BYTES = 5 * 1024 * 1024

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translated(*names: str) -> list[str]:
    """Name the columns of translated fields, one per language: title_en, title_fi, title_sv."""
    return [f"{name}_{code}" for name in names for code in LANGUAGE_CODES]


def spreadsheet_row(row_number: int) -> int:
    """Number a data row as a spreadsheet does, where the header is row 1."""
    return row_number + 1


def csv_cell(value) -> str:
    """One value of a download as spreadsheet text: lists joined with "; ", participants as type:slug (role)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        text = "; ".join(
            f"{item['type']}:{item['slug']} ({item['role']})" if isinstance(item, dict) else str(item) for item in value
        )
    else:
        text = str(value)
    # A cell a spreadsheet would run as a formula (a tag "=HYPERLINK(…)" heading a list too) is kept as text.
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


# Formula injection: an exported text that a spreadsheet would run gets a leading apostrophe, which the
# import takes off again, so an export imports back unchanged.


def _is_formula_like(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_STARTS)


def neutralise_formula(text: str) -> str:
    return f"'{text}" if _is_formula_like(text) else text


def restore_formula(text: str) -> str:
    return text[1:] if text.startswith("'") and _is_formula_like(text) else text


# Reading a CSV file, or saying clearly why it cannot be read.


class UnreadableFile(ValueError):
    """A file that is not a CSV file the import can read; the message tells the curator why."""


def check_size(size: int) -> None:
    if size > MAX_IMPORT_BYTES:
        raise UnreadableFile(
            _("The file is larger than %(size)s. Split it into smaller files.")
            % {"size": filesizeformat(MAX_IMPORT_BYTES)}
        )


def read_csv(data: bytes) -> tablib.Dataset:
    """Read a CSV file (UTF-8, comma- or semicolon-separated, header first) into a dataset, or raise UnreadableFile."""
    check_size(len(data))
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            _("This is a spreadsheet workbook (such as .xlsx), not a CSV file. Save it as “CSV UTF-8” and upload that.")
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(
            _("The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and upload that.")
        ) from None
    if "\x00" in text:
        raise UnreadableFile(_("The file holds binary data, not text: it is not a CSV file."))
    if not text.strip():
        raise UnreadableFile(_("The file is empty."))
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in Finnish and Swedish save CSV with semicolons.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    records = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records.extend(reader)
    except csv.Error as error:
        row = len(records) + 1
        if "field larger than field limit" in str(error):
            raise UnreadableFile(
                _("Row %(row)s has a value longer than %(limit)s characters.")
                % {"row": row, "limit": csv.field_size_limit()}
            ) from None
        raise UnreadableFile(
            _("Row %(row)s cannot be read as CSV: %(error)s.") % {"row": row, "error": error}
        ) from None
    while records and not any(cell.strip() for cell in records[-1]):
        records.pop()  # spreadsheets leave empty rows at the end
    if not records:
        raise UnreadableFile(_("The file is empty."))
    headers = [cell.strip() for cell in records[0]]
    dataset = tablib.Dataset(headers=headers)
    for number, record in enumerate(records[1:], start=2):
        if len(record) > len(headers) and any(cell.strip() for cell in record[len(headers) :]):
            raise UnreadableFile(_("Row %(row)s has more cells than the header row has columns.") % {"row": number})
        # A row that ends early has empty cells in the columns it leaves out.
        dataset.append([*record[: len(headers)], *[""] * (len(headers) - len(record))])
    return dataset


def check_columns(dataset: tablib.Dataset, resource_class: type[resources.ModelResource]) -> None:
    """Raise UnreadableFile unless the header row names known columns, each once, the import id among them."""
    resource = resource_class()
    known = [field.column_name for field in resource.get_import_fields()]
    headers = dataset.headers or []
    expected = _("The columns are: %(columns)s.") % {"columns": ", ".join(known)}
    if duplicates := sorted({name for name in headers if headers.count(name) > 1}):
        raise UnreadableFile(
            _("These columns appear more than once: %(columns)s.") % {"columns": ", ".join(duplicates)}
        )
    if unknown := [name for name in headers if name not in known]:
        raise UnreadableFile(
            _("Unknown columns: %(columns)s. %(expected)s")
            % {"columns": ", ".join(name or _("(no name)") for name in unknown), "expected": expected}
        )
    id_columns = [resource.fields[name].column_name for name in resource.get_import_id_fields()]
    if missing := [name for name in id_columns if name not in headers]:
        raise UnreadableFile(
            _("The file has no column %(columns)s, which says which entry each row is. %(expected)s")
            % {"columns": ", ".join(missing), "expected": expected}
        )
    if not len(dataset):
        raise UnreadableFile(_("The file has a header row but no entries."))


class CSVFormat(base_formats.CSV):
    """CSV as the import reads it (see read_csv) and as the export writes it."""

    def create_dataset(self, in_stream, **kwargs):
        return read_csv(in_stream if isinstance(in_stream, bytes) else in_stream.encode())


# How each kind of value is written in a cell: import_export's widgets, with the admin's own words for a value
# that cannot be read. Numbers and times stay ours: import_export reads and writes them in the format of the active
# language (1 250 000,00 in Finnish), and a spreadsheet must read the same whatever language exported it.


class TextWidget(widgets.CharWidget):
    """Text, trimmed as the admin's forms trim it; an empty cell is an empty text (None where the field allows)."""

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        return super().clean(text or None, row, **kwargs)


class DecimalWidget(widgets.Widget):
    """A decimal number with a point and no grouping, e.g. 1250000.00; the same in every language."""

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            raise ValueError(_("Enter a number with a point for decimals and no spaces, e.g. 1250000.00."))
        return number

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else f"{value:f}"


class IntegerWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise ValueError(_("Enter a whole number, e.g. 2015.")) from None

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


class DateWidget(widgets.DateWidget):
    """An ISO 8601 date, e.g. 2025-03-31."""

    def __init__(self):
        super().__init__(format="%Y-%m-%d")

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value.strip() if isinstance(value, str) else value, row, **kwargs)
        except ValueError:
            raise ValueError(_("Enter a date as YYYY-MM-DD, e.g. 2025-03-31.")) from None


class DateTimeWidget(widgets.Widget):
    """An ISO 8601 time with its offset, e.g. 2025-03-31T09:00:00+03:00; without an offset, Helsinki time."""

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        try:
            moment = parse_datetime(text)
        except ValueError:
            moment = None
        if moment is None:
            raise ValueError(_("Enter a time as YYYY-MM-DDTHH:MM:SS, e.g. 2025-03-31T09:00:00+03:00."))
        return timezone.make_aware(moment) if timezone.is_naive(moment) else moment

    def render(self, value, obj=None, **kwargs):
        # Text even in Excel, which cannot hold a time zone.
        return "" if value is None else timezone.localtime(value).isoformat()


class BooleanWidget(widgets.BooleanWidget):
    """yes or no (true/false and 1/0 are read too); an empty cell is no."""

    TRUE_VALUES = ["yes", "true", "1"]
    FALSE_VALUES = ["no", "false", "0", ""]
    NULL_VALUES = []  # the fields are not nullable: an empty cell is no

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip().lower()
        if text not in self.TRUE_VALUES + self.FALSE_VALUES:
            raise ValueError(_("Enter yes or no."))
        return super().clean(text, row, **kwargs)

    def render(self, value, obj=None, **kwargs):
        # yes or no in Excel too, as in the CSV the import reads.
        return super().render(value, obj, **{**kwargs, "force_native_type": False})


class RelatedKeyWidget(widgets.ForeignKeyWidget):
    """One related entry, named by its key (e.g. a municipality by its official code); an unknown key is an error."""

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        try:
            return super().clean(text, row, **kwargs)
        except (ObjectDoesNotExist, ValidationError, ValueError):  # no such entry, or not a key of that kind
            raise ValueError(
                _("Unknown %(kind)s: %(key)s.") % {"kind": self.model._meta.verbose_name, "key": text}
            ) from None


class KeysWidget(widgets.ManyToManyWidget):
    """Related entries by their keys, separated by SEPARATOR, for a list column."""

    def __init__(self, model, key: str):
        super().__init__(model, separator=SEPARATOR, field=key)

    def keys(self, value) -> list[str]:
        """Return the cell's keys, each once, in the cell's order."""
        if value is None or value == "":
            return []
        return list(dict.fromkeys(part.strip() for part in str(value).split(SEPARATOR) if part.strip()))

    def stored_keys(self, manager) -> set[str]:
        return {str(getattr(entry, self.field)) for entry in manager.all()}


class RelatedKeysWidget(KeysWidget):
    """Related entries by their keys (slugs, codes or numbers); an unknown key is an error."""

    def __init__(self, model, key: str):
        super().__init__(model, key)
        self._by_key = None

    def clean(self, value, row=None, **kwargs):
        if self._by_key is None:
            # The taxonomies are short: read each once per import.
            self._by_key = {str(getattr(entry, self.field)): entry for entry in self.model._default_manager.all()}
        keys = self.keys(value)
        if unknown := [key for key in keys if key not in self._by_key]:
            raise ValueError(
                _("Unknown %(kind)s: %(keys)s.")
                % {"kind": self.model._meta.verbose_name_plural, "keys": ", ".join(unknown)}
            )
        return [self._by_key[key] for key in keys]


class TagsWidget(KeysWidget):
    """Free tags (django-taggit) by name; new names become new tags."""

    def __init__(self):
        from taggit.models import Tag

        super().__init__(Tag, "name")

    def clean(self, value, row=None, **kwargs):
        names = self.keys(value)
        if too_long := [name for name in names if len(name) > 100]:
            raise ValueError(_("A tag is at most 100 characters long: %(tag)s") % {"tag": too_long[0][:40] + "…"})
        return names


def column(name: str, widget: widgets.Widget) -> fields.Field:
    return fields.Field(attribute=name, column_name=name, widget=widget)


class Diff(resources.Diff):
    """The preview's changes marked with <ins> and <del> but no inline style, which the CSP forbids."""

    TAGS = {
        diff_match_patch.DIFF_INSERT: "ins",
        diff_match_patch.DIFF_DELETE: "del",
        diff_match_patch.DIFF_EQUAL: "span",
    }

    def as_html(self):
        dmp = diff_match_patch()
        cells = []
        for before, after in zip(self.left, self.right, strict=False):
            changes = dmp.diff_main("" if self.new else force_str(before), force_str(after))
            dmp.diff_cleanupSemantic(changes)
            cells.append(
                format_html_join(
                    "", "<{}>{}</{}>", ((self.TAGS[op], text, self.TAGS[op]) for op, text in changes if text)
                )
            )
        return cells


def _or_empty(value):
    # A translation never given is None, one cleared in the admin "": both are empty.
    return "" if value is None else value


# The resource every publishable model's import and export is built on.


class PublishableResource(resources.ModelResource):
    """Columns of a Publishable model, and the workflow rule for its imports.

    For a user without the model's publish permission an import creates drafts only: the publication columns
    (status, published_at, is_featured) are not read, and a row that would change an entry that is not a
    draft is refused. An import is one transaction: a dry run, or any row that fails, writes nothing.
    """

    class Meta:
        import_id_fields = ["slug"]
        skip_unchanged = True
        report_skipped = False  # the preview lists what changes; the totals count the rest
        clean_model_instances = True
        use_transactions = True

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        """Choose the cell format of a model field: one rule per kind, the same in every language."""
        match f.get_internal_type():
            case "DecimalField":
                return DecimalWidget
            case "DateField":
                return DateWidget
            case "DateTimeField":
                return DateTimeWidget
            case "BooleanField":
                return BooleanWidget
            case "PositiveSmallIntegerField" | "PositiveIntegerField" | "IntegerField":
                return IntegerWidget
        return TextWidget

    @classmethod
    def widget_kwargs_for_field(cls, field_name, django_field):
        if django_field.get_internal_type() in {"CharField", "TextField", "SlugField"}:
            # Translations are nullable columns of a field that is not (title_fi of title): empty is "" there too.
            return {"allow_blank": not getattr(django_field, "translated_field", django_field).null}
        return {}

    @classmethod
    def get_diff_class(cls):
        return Diff

    # Import

    def before_import(self, dataset, **kwargs):
        self.user = kwargs.get("user") or AnonymousUser()
        self.may_publish = workflow.can_publish(self.user, self._meta.model)
        self.rows_by_id = {}

    def before_import_row(self, row, **kwargs):
        for name, value in row.items():
            if isinstance(value, str):
                row[name] = restore_formula(value)
        self.refuse_repeated_entry(row, kwargs.get("row_number"))

    def refuse_repeated_entry(self, row, row_number) -> None:
        """Refuse a row for an entry an earlier row of the file already gave (it would silently win)."""
        key = tuple(str(row.get(self.fields[name].column_name, "")).strip() for name in self.get_import_id_fields())
        if not any(key) or row_number is None:
            return
        if (earlier := self.rows_by_id.setdefault(key, row_number)) != row_number:
            name = self.fields[self.get_import_id_fields()[0]].column_name
            raise ValidationError(
                {
                    name: _("Row %(row)s already gives this entry; give each entry once.")
                    % {"row": spreadsheet_row(earlier)}
                }
            )

    def after_init_instance(self, instance, new, row, **kwargs):
        # Decided on the entry as stored, before the row changes it.
        self.row_may_change = workflow.can_edit(self.user, None if new else instance)

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        if field.attribute in workflow.PUBLICATION_FIELDS and not self.may_publish:
            return  # an import never publishes for someone who may not publish
        super().import_field(field, instance, row, is_m2m, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        errors.update(self.relation_errors(instance, row))
        if not self.may_publish:
            workflow.keep_publication_as_stored(instance)
        if errors:
            raise ValidationError(errors)

    def relation_errors(self, instance, row) -> dict[str, list[ValidationError]]:
        """Check the list columns (written after the entry is saved) with the rest of the row."""
        errors = {}
        for field in self.get_import_fields():
            if not isinstance(field.widget, widgets.ManyToManyWidget):
                continue
            required = not self._meta.model._meta.get_field(field.attribute).blank
            if field.column_name not in row:
                if required and instance.pk is None:
                    errors[field.attribute] = [ValidationError(_("A new entry needs this column."))]
                continue
            try:
                values = field.clean(row)
            except ValueError as error:
                errors[field.attribute] = [ValidationError(str(error))]
                continue
            if required and not values:
                errors[field.attribute] = [
                    ValidationError(_("Give at least one, separated by %(separator)s.") % {"separator": SEPARATOR})
                ]
        return errors

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as error:
            raise ValidationError(self.errors_by_column(error.message_dict)) from None

    def errors_by_column(self, errors: dict[str, list[str]]) -> dict[str, list[str]]:
        """Name each error by its column: full_clean() checks a required translated field as title, not title_en."""
        translated_fields = {
            name.rsplit("_", 1)[0] for name in self.fields if name.rsplit("_", 1)[-1] in LANGUAGE_CODES
        }
        return {
            (f"{name}_{LANGUAGE_CODES[0]}" if name in translated_fields else name): messages_
            for name, messages_ in errors.items()
        }

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if self._meta.skip_unchanged and not import_validation_errors and self.is_unchanged(instance, original, row):
            return True
        if not self.row_may_change:
            raise ValidationError(
                _("Only a publisher may change “%(entry)s”: it is %(status)s, not a draft.")
                % {"entry": original, "status": original.get_status_display().lower()}
            )
        return False

    def is_unchanged(self, instance, original, row) -> bool:
        if original is None or original.pk is None:
            return False
        for field in self.get_import_fields():
            if field.column_name not in row:
                continue
            if isinstance(field.widget, widgets.ManyToManyWidget):
                if set(field.widget.keys(row[field.column_name])) != field.widget.stored_keys(
                    field.get_value(original)
                ):
                    return False
            elif _or_empty(field.get_value(instance)) != _or_empty(field.get_value(original)):
                return False
        return True

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if not kwargs.get("dry_run"):
            model = self._meta.model
            refresh_words(model.objects.filter(pk__in=[row.object_id for row in result.rows if row.object_id]))

    def before_save_instance(self, instance, row, **kwargs):
        # The entry's history says where the change came from (the user is recorded by the middleware).
        instance._change_reason = gettext("Imported from %(file)s") % {"file": kwargs.get("file_name") or "CSV"}

    # Export

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        return neutralise_formula(value) if isinstance(value, str) else value

    def filter_export(self, queryset, **kwargs):
        """Read every related entry the columns name in a fixed number of queries, however many rows."""
        export_fields = self.get_export_fields()
        lists = [field.attribute for field in export_fields if isinstance(field.widget, widgets.ManyToManyWidget)]
        single = [field.attribute for field in export_fields if isinstance(field.widget, widgets.ForeignKeyWidget)]
        if single:  # select_related() without fields would follow every foreign key (and is deprecated in 6.1)
            queryset = queryset.select_related(*single)
        return queryset.prefetch_related(*lists)


# The admin: Import and Export buttons on the change list, an export action, and the import's dry run.


class CSVImportForm(ImportForm):
    """The import form: a CSV file, read and checked before anything is imported."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.resource_classes = resources
        self.fields["import_file"].widget.attrs["accept"] = ".csv,text/csv"
        self.fields["import_file"].help_text = _(
            "A CSV file in UTF-8 with the columns listed above; its first row names them. "
            "Nothing is saved until you confirm the preview."
        )

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("import_file")
        if upload is None:
            return cleaned_data
        try:
            check_size(upload.size)  # before reading it into memory
            dataset = read_csv(b"".join(upload.chunks()))
            index = int(cleaned_data.get("resource") or 0)
            check_columns(dataset, self.resource_classes[index])
        except UnreadableFile as error:
            self.add_error("import_file", str(error))
        except (ValueError, IndexError):
            self.add_error("resource", _("Choose what to import."))
        return cleaned_data


class PublishableImportExportMixin(ImportExportMixin):
    """Import and export for a PublishableAdmin: CSV import for those who may add and change, export for viewers.

    Put it before PublishableAdmin in the bases, and add "export_selected" to the admin's actions.
    """

    import_formats = [CSVFormat]
    export_formats = [CSVFormat, base_formats.XLSX]
    import_form_class = CSVImportForm
    export_form_class = ExportForm  # every column, so an export can be imported back
    import_template_name = "admin/publishable_import.html"
    from_encoding = "utf-8-sig"
    to_encoding = "utf-8-sig"  # with a byte order mark, so Excel reads the CSV as UTF-8

    def has_import_permission(self, request):
        # The setting names the add permission; an import also changes existing entries.
        return super().has_import_permission(request) and self.has_change_permission(request)

    def get_import_data_kwargs(self, **kwargs):
        # A file imports whole or not at all.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def get_resource_index(self, form):
        # A forged form may name a resource that does not exist: there is one per admin.
        index = super().get_resource_index(form)
        return index if 0 <= index < len(self.resource_classes) else 0

    def get_valid_export_item_pks(self, request):
        return self.get_queryset(request).values_list("pk", flat=True)

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        if isinstance(response, TemplateResponse):
            response.context_data["may_publish"] = workflow.can_publish(request.user, self.model)
        return response

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """Import the file the dry run checked, in one transaction; show the errors if it fails after all."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        confirm_form = self.create_confirm_form(request)
        data = None
        if confirm_form.is_valid():
            storage = self.get_tmp_storage_class()(
                name=confirm_form.cleaned_data["import_file_name"],
                read_mode="rb",
                **self.get_tmp_storage_class_kwargs(),
            )
            data = storage.read()
        import_url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")
        if not isinstance(data, bytes):
            self.message_user(request, _("The checked file has expired. Upload it again."), messages.ERROR)
            return redirect(import_url)
        try:
            dataset = CSVFormat().create_dataset(data)
        except UnreadableFile as error:
            self.message_user(request, str(error), messages.ERROR)
            return redirect(import_url)
        result = self.process_dataset(dataset, confirm_form, request, **kwargs)
        storage.remove()
        if result.has_errors() or result.has_validation_errors():
            # The entries changed since the dry run: nothing was written; show why, as the dry run does.
            resource_classes = self.get_import_resource_classes(request)
            form = self.get_import_form_class(request)(self.get_import_formats(), resource_classes)
            context = {
                **self.admin_site.each_context(request),
                "title": _("Import"),
                "form": form,
                "opts": self.opts,
                "media": self.media + form.media,
                "result": result,
                "fields_list": [
                    (resource.get_display_name(), [field.column_name for field in resource().get_import_fields()])
                    for resource in resource_classes
                ],
                "import_error_display": self.import_error_display,
                "may_publish": workflow.can_publish(request.user, self.model),
            }
            return TemplateResponse(request, [self.import_template_name], context)
        return self.process_result(result, request)

    def add_success_message(self, result, request):
        super().add_success_message(result, request)
        if not workflow.can_publish(request.user, self.model):
            self.message_user(
                request, _("Imported entries are drafts: submit them for review, and a publisher publishes them.")
            )

    @admin.action(
        permissions=["export"],
        description=_("Export selected %(verbose_name_plural)s (CSV or Excel)"),
    )
    def export_selected(self, request, queryset):
        pks = [str(pk) for pk in queryset.values_list("pk", flat=True)]
        form = self.get_export_form_class()(
            formats=self.get_export_formats(),
            resources=self.get_export_resource_classes(request),
            initial={"export_items": pks},
        )
        form.fields["export_items"] = MultipleChoiceField(
            widget=MultipleHiddenInput, required=False, choices=[(pk, pk) for pk in pks]
        )
        context = self.init_request_context_data(request, form)
        context["export_url"] = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_export")
        return TemplateResponse(request, [self.export_template_name], context)
