"""User-facing string literals in Python that are not marked for translation.

Read with ``ast``: a string literal (or f-string, or ``"..." % x``, or
``"...".format()``) with words in it is reported where people will read it: model and
form field labels and help texts, Meta verbose names, choices labels, messages,
validation errors, exceptions of the project's own domain, e-mail subjects, widget
placeholders. A value wrapped in any call (``_()``, ``gettext_lazy()``,
``format_lazy()``...) counts as handled."""

import ast
import builtins

from . import Finding, has_letters

TEXT_KEYWORDS = {
    "verbose_name", "verbose_name_plural", "help_text", "label", "empty_label", "description",
    "message", "subject", "placeholder", "empty_value_display",
}
READ_ATTRIBUTE_KEYS = {"placeholder", "title", "aria-label", "alt"}
MESSAGE_LEVELS = {"debug", "info", "success", "warning", "error"}
CHOICES_BASES = {"TextChoices", "IntegerChoices", "Choices"}
# Not read by the people using the platform: API schema text and developer errors.
SCHEMA_CALLS = {"extend_schema", "extend_schema_field", "extend_schema_view", "OpenApiParameter",
                "OpenApiExample", "OpenApiResponse", "inline_serializer", "add_argument"}
DEVELOPER_EXCEPTIONS = {name for name in dir(builtins) if name.endswith(("Error", "Exception", "Exit"))} | {
    "ImproperlyConfigured", "CommandError", "Http404", "SuspiciousOperation", "TemplateSyntaxError",
    "ObjectDoesNotExist", "DoesNotExist", "MultipleObjectsReturned", "FieldError", "NotImplementedError",
    "StopIteration", "Retry", "Reject", "Ignore", "SoftTimeLimitExceeded", "IntegrityError", "DatabaseError",
    "OperationalError", "TransactionManagementError",
}
# Their first argument is the related model, not a name.
RELATION_FIELDS = {"OneToOneField", "ManyToManyField", "ForeignKey", "GenericRelation"}
VERBOSE_ATTRIBUTES = {"verbose_name", "verbose_name_plural", "short_description"}


def unmarked_python_strings(path, source):
    tree = ast.parse(source, filename=str(path))
    visitor = _Visitor(str(path))
    visitor.visit(tree)
    return visitor.findings


def literal_text(node):
    """The text of ``node`` if it is an unmarked string literal with words, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if has_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return parts if has_letters(parts) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return literal_text(node.left)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return literal_text(node.func.value)
    return None


def _name(func):
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


class _Visitor(ast.NodeVisitor):
    def __init__(self, path):
        self.path = path
        self.findings = []
        # In API modules, help texts document the OpenAPI schema for developers.
        self.schema_keywords = {"help_text"} if "/api/" in f"/{path}" else set()

    def report(self, node, reason):
        text = literal_text(node)
        if text is not None:
            self.findings.append(Finding(self.path, node.lineno, text, reason))

    def visit_Call(self, node):
        name = _name(node.func)
        if name in SCHEMA_CALLS:
            return
        if _name(getattr(node.func, "value", node.func)) == "serializers" and name != "ValidationError":
            # Serializer field labels and help texts only appear in the API schema.
            self.generic_visit(node)
            return
        self._check_call(node, name)
        self.generic_visit(node)

    def _check_call(self, node, name):
        positional = node.args
        if name == "ValidationError" and positional:
            self.report(positional[0], "untranslated validation error")
        if name == "add_error" and len(positional) > 1:
            self.report(positional[1], "untranslated form error")
        is_messages = isinstance(node.func, ast.Attribute) and _name(node.func.value) == "messages"
        if is_messages and name in MESSAGE_LEVELS and len(positional) > 1:
            self.report(positional[1], "untranslated message")
        if is_messages and name == "add_message" and len(positional) > 2:
            self.report(positional[2], "untranslated message")
        is_model_field = name.endswith("Field") and name not in RELATION_FIELDS
        if is_model_field and _name(getattr(node.func, "value", node.func)) == "models" and positional:
            self.report(positional[0], "untranslated field name")
        for keyword in node.keywords:
            self._check_keyword(keyword)

    def _check_keyword(self, keyword):
        if keyword.arg in TEXT_KEYWORDS and keyword.arg not in self.schema_keywords:
            self.report(keyword.value, f"untranslated {keyword.arg}")
        elif keyword.arg == "error_messages" and isinstance(keyword.value, ast.Dict):
            for value in keyword.value.values:
                self.report(value, "untranslated error message")
        elif keyword.arg == "attrs" and isinstance(keyword.value, ast.Dict):
            for key, value in zip(keyword.value.keys, keyword.value.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in READ_ATTRIBUTE_KEYS:
                    self.report(value, f"untranslated {key.value}")
        elif keyword.arg == "choices" and isinstance(keyword.value, ast.List | ast.Tuple):
            for choice in keyword.value.elts:
                if isinstance(choice, ast.Tuple) and len(choice.elts) == 2:
                    self.report(choice.elts[1], "untranslated choice label")

    def visit_Raise(self, node):
        exception = node.exc
        if isinstance(exception, ast.Call) and exception.args and _name(exception.func) not in DEVELOPER_EXCEPTIONS:
            if _name(exception.func) != "ValidationError":  # reported by visit_Call
                self.report(exception.args[0], "untranslated error shown to users")
        self.generic_visit(node)

    def visit_Assign(self, node):
        for target in node.targets:
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if name in VERBOSE_ATTRIBUTES:
                self.report(node.value, f"untranslated {name}")
        self.generic_visit(node)

    def visit_ClassDef(self, node):
        if {_name(base) for base in node.bases} & CHOICES_BASES:
            for statement in node.body:
                if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Tuple):
                    self.report(statement.value.elts[-1], "untranslated choice label")
                elif isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
                    self.findings.append(Finding(self.path, statement.lineno, ast.unparse(statement.targets[0]),
                                                 "choice without a translated label"))
        self.generic_visit(node)
