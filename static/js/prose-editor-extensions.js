// Our extensions of the admin's prose editor (django-prose-editor, Tiptap): settings.DJANGO_PROSE_EDITOR_EXTENSIONS
// loads this module, and smartregion.richtext.EDITOR_EXTENSIONS turns them on.
import { Extension, Mark, mergeAttributes } from "django-prose-editor/editor";

// An abbreviation with its expansion, <abbr title="…">, so a page keeps its abbreviations when it is edited.
export const Abbr = Mark.create({
  name: "abbr",

  addAttributes() {
    return { title: { default: null } };
  },

  parseHTML() {
    return [{ tag: "abbr" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["abbr", mergeAttributes(HTMLAttributes), 0];
  },
});

// Tiptap adds its base styles as an inline <style> element, which our Content-Security-Policy blocks:
// css/prose-editor.css brings the same rules from our static files instead.
export const NoInlineStyles = Extension.create({
  name: "noInlineStyles",

  onBeforeCreate() {
    this.editor.options.injectCSS = false;
  },
});

// The editable area is named by the field's label (and clicking the label focuses it), as the textarea was.
export const LabelledByField = Extension.create({
  name: "labelledByField",

  onBeforeCreate() {
    const textarea = this.editor.options.element.querySelector("textarea");
    const label = textarea && textarea.labels[0];
    if (!label) return;
    label.id ||= `${textarea.id}-label`;
    const editorProps = this.editor.options.editorProps;
    editorProps.attributes = { ...editorProps.attributes, "aria-labelledby": label.id };
    label.addEventListener("click", () => this.editor.commands.focus());
  },
});
