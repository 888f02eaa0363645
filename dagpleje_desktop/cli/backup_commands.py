"""``backup -o FILE`` and ``restore FILE`` (the local, encrypted database only)."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import ValidationError
from ..services.security.backup import PG_BACKUP_MESSAGE, backup_to, check_backup, restore_from
from .common import credentials, fmt_datetime, installation_from, logged_in


def register(commands) -> None:
    backup = commands.add_parser(
        "backup", help="lav en krypteret sikkerhedskopi",
        description="Skriver én fil med et øjebliksbillede af den krypterede database, "
                    "nøglefilen og en indholdsfortegnelse. Filen indeholder ingen læsbare "
                    "personoplysninger. (PostgreSQL: brug pg_dump.)")
    backup.add_argument("-o", "--output", required=True, metavar="FIL",
                        help="sikkerhedskopiens filnavn (en fil, der findes, overskrives ikke)")
    backup.add_argument("--force", action="store_true",
                        help="erstat en ældre sikkerhedskopi med samme navn (aldrig "
                             "installationens egne filer)")
    backup.set_defaults(run=run_backup)

    restore = commands.add_parser(
        "restore", help="gendan en sikkerhedskopi",
        description="Kontrollerer sikkerhedskopien (indhold, kontrolsummer, at den kan låses "
                    "op med DAGPLEJE_USER og DAGPLEJE_PASSWORD, og databasens integritet) og "
                    "lægger den på plads. De nuværende filer gemmes med dato som "
                    "*.before-restore-ÅÅÅÅMMDD-TTMMSS, og intet tidligere gemt overskrives. "
                    "(PostgreSQL: brug pg_restore.)")
    restore.add_argument("file", metavar="FIL", help="sikkerhedskopien")
    restore.add_argument("--check", action="store_true",
                         help="kontrollér kun filen; intet ændres")
    restore.add_argument("--yes", action="store_true",
                         help="gendan også en sikkerhedskopi fra en anden installation")
    restore.set_defaults(run=run_restore)


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} kB"


def run_backup(args) -> int:
    if args.database_url:
        raise ValidationError(PG_BACKUP_MESSAGE, log_message="backup refused on PostgreSQL")
    with logged_in(args) as ctx:
        info = backup_to(ctx, Path(args.output), replace=args.force)
    print(f"Sikkerhedskopien er gemt i {info.path} ({_human_size(info.size)}).")
    return 0


def run_restore(args) -> int:
    if args.database_url:
        raise ValidationError(PG_BACKUP_MESSAGE, log_message="restore refused on PostgreSQL")
    username, password = credentials()
    if args.check:
        info = check_backup(Path(args.file), username, password)
        print(f"Sikkerhedskopien er i orden (lavet {fmt_datetime(info.created_at)}, "
              f"skema {info.schema_revision}). Intet er ændret.")
        return 0
    installation = installation_from(args)
    result = restore_from(installation, Path(args.file), username, password,
                          other_installation=args.yes)
    print(f"Sikkerhedskopien fra {fmt_datetime(result.backup.created_at)} er gendannet i "
          f"{installation.data_dir}.")
    if result.moved_aside:
        print("De tidligere filer er gemt som: "
              + ", ".join(p.name for p in result.moved_aside) + ".")
    return 0

