"""Find every Danish message id the message catalogue must translate.

Reads the package's source (it imports only the domain enums, for their labels):

- the template of every error raised from services/, domain/, store/, sync/, cli/ and demo/
  (``raise ValidationError("Brugeren »{username}« findes ikke.", username=...)``), also
  when it is a module constant, a choice between constants or a local name;
- every text wrapped in ``Label(...)`` and the label words passed to helpers that wrap
  their argument (``parse_uuid(value, "barne-id")``);
- the labels of the domain enums, and the tables of Danish texts the services hand to
  the GUI, which shows them through the catalogue (DISPLAY_TEXTS below).

``python tools/extract_messages.py`` prints them; tools/update_messages.sh merges them
into resources/translations/messages_en.po.
"""

from __future__ import annotations

import ast
import enum
import importlib
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "dagpleje_desktop"
LAYERS = ("services", "domain", "store", "sync", "cli", "demo")
BASE_ERRORS = {"DagplejeError", "ValidationError", "NotFoundError", "CapacityError",
               "AuthenticationError", "PermissionDeniedError", "StoreError",
               "Notice"}  # not an error, but a template with parameters all the same
# Helpers that pass one of their arguments on as a Label: (function, argument index or
# keyword) whose string constants at the call sites are message ids too.
LABEL_ARGUMENTS = {"parse_uuid": (1, "what"), "check_output": (1, "what"),
                   "output_path": (1, "what"), "_granted": (2, "step"),
                   "required_reason": (1, "what"), "require_status": (None, "action"),
                   # calendar items: the GUI shows their labels
                   "_titled": (0, "label"), "_qualified": (0, "label"),
                   # progress steps of sync and backups, shown beside the progress bar
                   "_step": (4, "label"), "progress": (2, "label")}
# Module constants (Danish texts, or dicts of them) shown through the catalogue: field
# names of conflicts and corrections, states and ages in the GUI (gui/messages.py), the
# command line's own failures (cli/common.py).
DISPLAY_TEXTS = {
    "dagpleje_desktop.services.records.consents": ("STATE_LABELS",),
    "dagpleje_desktop.services.exchange.sync_status": ("FIELD_LABELS",),
    "dagpleje_desktop.services.journal.corrections": ("FIELD_LABELS",),
    "dagpleje_desktop.services.meeting_cycle.goals": ("FIELD_LABELS",),
    "dagpleje_desktop.domain.ages": ("AGE_FORMS",),
    "dagpleje_desktop.services.office.courses": ("STATUS_TEXTS",),
    "dagpleje_desktop.domain.courses": ("_END_LABELS",),
    "dagpleje_desktop.services.documents.folder_texts": ("PANEL_LABELS",),
    "dagpleje_desktop.services.exchange.sync_words": ("NOUNS", "TEMPLATES"),
    "dagpleje_desktop.services.office.retention": ("UNIT_WORDS", "ACTION_LABELS"),
    "dagpleje_desktop.store.keystore": ("KEY_FILE_CHANGED",),
    "dagpleje_desktop.domain.passwords": ("TOO_SHORT", "IS_USER_NAME", "CONTAINS_USER_NAME",
                                          "TOO_COMMON"),
    "dagpleje_desktop.cli": ("DAMAGED_DATABASE", "INTERRUPTED"),  # cli/__init__.py
    "dagpleje_desktop.services.documents.printing": ("STEPS",),  # a print's progress steps
}


def source_files() -> list[Path]:
    files = []
    for layer in LAYERS:
        files += sorted(p for p in (PACKAGE / layer).rglob("*.py")
                        if "migrations" not in p.parts)
    return files


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


class _Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = _module_name(path)
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.assigned = {t.id: node.value for node in self.tree.body
                         if isinstance(node, ast.Assign) for t in node.targets
                         if isinstance(t, ast.Name)}
        self.assigned.update({node.target.id: node.value for node in self.tree.body
                              if isinstance(node, ast.AnnAssign) and node.value is not None
                              and isinstance(node.target, ast.Name)})
        self.imported = {}
        for node in self.tree.body:
            if isinstance(node, ast.ImportFrom) and node.level:
                base = self.name.split(".")[:-node.level]
                module = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:
                    self.imported[alias.asname or alias.name] = (module, alias.name)


class Scanner:
    def __init__(self, files: list[Path]) -> None:
        self.modules = {m.name: m for m in map(_Module, files)}
        self.errors = self._error_classes()

    def _error_classes(self) -> set[str]:
        names = set(BASE_ERRORS)
        classes = [n for m in self.modules.values() for n in ast.walk(m.tree)
                   if isinstance(n, ast.ClassDef)]
        grew = True
        while grew:
            grew = False
            for cls in classes:
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in cls.bases}
                if cls.name not in names and bases & names:
                    names.add(cls.name)
                    grew = True
        return names

    # -- what an expression can be -------------------------------------------------

    def texts(self, node, module: _Module, scope=None, depth: int = 0) -> Iterator[str]:
        if depth > 8 or node is None:
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.IfExp):
            yield from self.texts(node.body, module, scope, depth + 1)
            yield from self.texts(node.orelse, module, scope, depth + 1)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = list(self.texts(node.left, module, scope, depth + 1))
            right = list(self.texts(node.right, module, scope, depth + 1))
            yield from (a + b for a, b in itertools.product(left, right))
        elif isinstance(node, ast.Dict):
            for value in node.values:
                yield from self.texts(value, module, scope, depth + 1)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for value in node.elts:
                yield from self.texts(value, module, scope, depth + 1)
        elif isinstance(node, ast.Subscript):
            yield from self.texts(node.value, module, scope, depth + 1)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("get", "lower", "strip"):
            yield from self.texts(node.func.value, module, scope, depth + 1)
            for arg in node.args[1:]:
                yield from self.texts(arg, module, scope, depth + 1)
        elif isinstance(node, ast.Name):
            yield from self._name(node.id, module, scope, depth + 1)

    def _name(self, name: str, module: _Module, scope, depth: int) -> Iterator[str]:
        if scope is not None:
            local = [n.value for n in ast.walk(scope) if isinstance(n, ast.Assign)
                     and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
            if local:
                for value in local:
                    yield from self.texts(value, module, scope, depth)
                return
        if name in module.assigned:
            yield from self.texts(module.assigned[name], module, None, depth)
        elif name in module.imported:
            other, original = module.imported[name]
            if other in self.modules:
                yield from self._name(original, self.modules[other], None, depth)

    # -- where message ids are -----------------------------------------------------

    def templates(self) -> dict[str, list[str]]:
        """Error templates: message id -> places ("path:line")."""
        found: dict[str, list[str]] = {}
        for module in self.modules.values():
            for scope, node in _calls_in_scopes(module.tree):
                name = _called(node)
                is_super_init = name == "__init__" and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Call)
                if name in self.errors or is_super_init:
                    if node.args:
                        for text in self.texts(node.args[0], module, scope):
                            found.setdefault(text, []).append(self._where(module, node))
            for cls in (n for n in ast.walk(module.tree) if isinstance(n, ast.ClassDef)):
                if cls.name not in self.errors:
                    continue
                for item in cls.body:
                    if isinstance(item, ast.Assign) and any(
                            isinstance(t, ast.Name) and t.id == "default_message"
                            for t in item.targets):
                        for text in self.texts(item.value, module):
                            found.setdefault(text, []).append(self._where(module, item))
        return found

    def labels(self) -> dict[str, list[str]]:
        """Texts passed as Label parameters: message id -> places."""
        found: dict[str, list[str]] = {}
        for module in self.modules.values():
            for scope, node in _calls_in_scopes(module.tree):
                name = _called(node)
                arguments = []
                if name == "Label" and node.args:
                    arguments = [node.args[0]]
                elif name in LABEL_ARGUMENTS:
                    index, keyword = LABEL_ARGUMENTS[name]
                    if index is not None and len(node.args) > index:
                        arguments.append(node.args[index])
                    arguments += [k.value for k in node.keywords if k.arg == keyword]
                for argument in arguments:
                    if isinstance(argument, ast.Call) and _called(argument) == "Label":
                        continue  # found as a Label call of its own
                    for sub in ast.walk(argument):
                        if isinstance(sub, ast.Call) and _called(sub) == "join":
                            break
                    else:
                        for text in self.texts(argument, module, scope):
                            found.setdefault(text, []).append(self._where(module, node))
                        continue
                    for sub in ast.walk(argument):  # a joined list: each of its labels
                        if isinstance(sub, ast.Name):
                            for text in self._name(sub.id, module, None, 1):
                                found.setdefault(text, []).append(self._where(module, node))
            for function in ast.walk(module.tree):  # label words as default values
                if isinstance(function, ast.FunctionDef) and function.name in LABEL_ARGUMENTS:
                    keyword = LABEL_ARGUMENTS[function.name][1]
                    signature = function.args
                    pairs = list(zip(signature.args[::-1], signature.defaults[::-1]))
                    pairs += list(zip(signature.kwonlyargs, signature.kw_defaults))
                    for arg, default in pairs:
                        if arg.arg == keyword and default is not None:
                            for text in self.texts(default, module):
                                found.setdefault(text, []).append(self._where(module, function))
        return found

    @staticmethod
    def _where(module: _Module, node) -> str:
        return f"{module.path.relative_to(ROOT)}:{node.lineno}"


def _called(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _calls_in_scopes(tree) -> Iterator[tuple[ast.AST | None, ast.Call]]:
    """Every call with the function it is in (None at module level)."""
    def walk(node, scope):
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                else scope
            if isinstance(child, ast.Call):
                yield inner, child
            yield from walk(child, inner)
    yield from walk(tree, None)


def enum_labels() -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT))
    enums = importlib.import_module("dagpleje_desktop.domain.enums")
    found: dict[str, list[str]] = {}
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, enum.Enum):
            for member in value:
                label = getattr(member, "label", None)
                if isinstance(label, str) and label:
                    found.setdefault(label, []).append(f"domain/enums.py:{value.__name__}")
    domains = importlib.import_module("dagpleje_desktop.domain.domains")
    for domain in domains.ALL_DOMAINS:  # development areas, named in suggested texts
        found.setdefault(domain.label, []).append("domain/domains.py:ALL_DOMAINS")
    return found


def display_texts(scanner: Scanner) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, constants in DISPLAY_TEXTS.items():
        module = scanner.modules[name]
        for constant in constants:
            for text in scanner.texts(module.assigned[constant], module):
                found.setdefault(text, []).append(f"{name}:{constant}")
    return found


def message_ids() -> dict[str, list[str]]:
    """Every message id with where it comes from, templates first."""
    scanner = Scanner(source_files())
    found: dict[str, list[str]] = {}
    for part in (scanner.templates(), scanner.labels(), enum_labels(),
                 display_texts(scanner)):
        for text, places in part.items():
            if text.strip():
                found.setdefault(text, []).extend(places)
    return found


if __name__ == "__main__":
    for text, places in message_ids().items():
        print(f"{places[0]}\t{text}")
