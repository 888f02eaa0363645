"""Why a sync package was refused: one error class and one Danish message per reason.

Every refusal leaves the database exactly as it was.
"""

from __future__ import annotations

from ..domain.errors import DagplejeError, ValidationError


class PackageRefused(ValidationError):
    """A package that is not imported; ``code`` names the reason for scripts and tests."""

    code = "refused"
    default_message = "Pakken kan ikke indlæses. Bed afsenderen om at lave en ny pakke."

    def __init__(self, message: str | None = None, *, log_message: str | None = None,
                 **params: object) -> None:
        super().__init__(message or self.default_message,
                         log_message=log_message or f"package refused: {self.code}", **params)


class NotAPackage(PackageRefused):
    code = "not_a_package"
    default_message = ("Filen er ikke en synkroniseringspakke fra Dagpleje Desktop. Vælg "
                       "pakkefilen (den ender på .dgsync), som afsenderen gav dig.")


class TruncatedPackage(PackageRefused):
    code = "truncated"
    default_message = ("Pakken er ufuldstændig – filen er blevet afkortet undervejs. "
                       "Bed afsenderen om at sende den igen.")


class TamperedPackage(PackageRefused):
    code = "tampered"
    default_message = ("Pakken er blevet ændret eller beskadiget efter afsendelsen "
                       "(signaturen passer ikke). Den indlæses ikke; bed afsenderen om at "
                       "lave en ny pakke.")


class ReorderedPackage(PackageRefused):
    code = "reordered"
    default_message = ("Pakkens dele er byttet om, så indholdet ikke er det, afsenderen "
                       "sendte. Den indlæses ikke; bed afsenderen om at lave en ny pakke.")


class WrongRecipient(PackageRefused):
    code = "wrong_recipient"
    default_message = ("Pakken er lavet til en anden enhed end denne og kan ikke indlæses her. "
                       "Giv den til den rigtige enhed, eller bed afsenderen om at lave en "
                       "pakke til denne enhed.")


class UnknownSender(PackageRefused):
    code = "unknown_sender"
    default_message = ("Pakken kommer fra en enhed, der ikke er parret med denne. "
                       "Par enhederne med enhedskort først.")


class OwnPackage(PackageRefused):
    code = "own_package"
    default_message = ("Det er din egen pakke: den er lavet på denne enhed til en anden "
                       "enhed. Giv den til modtageren, og indlæs pakken fra modtageren her.")


class DamagedLength(PackageRefused):
    code = "damaged_length"
    default_message = ("Pakken er beskadiget eller ændret efter afsendelsen: et længdefelt "
                       "i filen passer ikke med indholdet. Den indlæses ikke; bed afsenderen "
                       "om at lave en ny pakke.")


class DamagedVersion(PackageRefused):
    code = "damaged_version"
    default_message = ("Pakken er beskadiget eller ændret efter afsendelsen: dens "
                       "versionsfelt er ødelagt (signaturen passer ikke). Den indlæses ikke; "
                       "bed afsenderen om at lave en ny pakke.")


class RevokedSender(PackageRefused):
    code = "revoked_sender"
    default_message = ("Pakken kommer fra en enhed, der er spærret (tilbagekaldt). "
                       "Den indlæses ikke. Kontakt kontoret, hvis enheden skal bruges igen.")


class AlreadyImported(PackageRefused):
    code = "already_imported"
    default_message = ("Pakken var allerede indlæst – intet at gøre. (En nyere pakke fra "
                       "samme afsender kan også være indlæst.)")


class NewerVersion(PackageRefused):
    code = "newer_version"
    default_message = ("Pakken er lavet med en nyere version af programmet. "
                       "Opdater programmet, og indlæs pakken igen.")


class BrokenChain(PackageRefused):
    code = "broken_chain"
    default_message = ("Pakken passer ikke med den forrige pakke fra samme afsender "
                       "(er afsenderens program gendannet fra en sikkerhedskopi?). Bed "
                       "afsenderen om at lave en ny pakke til denne enhed.")


class UndecryptablePackage(PackageRefused):
    code = "undecryptable"
    default_message = ("Pakken kan ikke dekrypteres med denne enheds nøgle. "
                       "Enhedskortet for denne enhed er nok forældet hos afsenderen: del dit "
                       "enhedskort med afsenderen igen, og bed om en ny pakke.")


class InvalidContent(PackageRefused):
    code = "invalid_content"
    default_message = ("Pakken indeholder en ugyldig ændring og indlæses ikke. Bed afsenderen "
                       "om at lave en ny pakke, og kontakt kontoret, hvis det sker igen.")


class SequenceReused(PackageRefused):
    code = "sequence_reused"
    default_message = ("Pakken bruger løbenumre, som afsenderen allerede har brugt til andre "
                       "ændringer. Afsenderens database er sandsynligvis lagt tilbage fra en "
                       "kopi uden om programmet: gendan den med programmets sikkerhedskopi, "
                       "så den kan synkronisere igen.")


class MissingReference(PackageRefused):
    code = "missing_reference"
    default_message = ("Pakken henviser til oplysninger, som ikke findes på denne enhed. "
                       "Indlæs de tidligere pakker fra afsenderen først.")


class OutOfScope(PackageRefused):
    code = "out_of_scope"
    default_message = ("Pakken indeholder ændringer, som afsenderens enhed ikke må lave "
                       "(data om børn eller hjem uden for enhedens område). Den indlæses "
                       "ikke; kontakt afsenderen eller kontoret.")


class LargeDeleteNeedsConfirmation(PackageRefused):
    """Not an error in the package: the importer must ask and call again with confirmation."""

    code = "large_delete"

    def __init__(self, deleting: int, total: int) -> None:
        self.deleting, self.total = deleting, total
        share = round(100 * deleting / max(total, 1))
        super().__init__(
            "Pakken vil slette {deleting} af enhedens {total} poster ({share} %). Bekræft, at "
            "det er meningen, før den indlæses.", deleting=deleting, total=total, share=share,
            log_message=f"large delete needs confirmation: {deleting}/{total}")


class DeviceNotPaired(ValidationError):
    """Export to a device that is unknown, revoked or this device itself."""


class OperationCancelled(DagplejeError):
    def __init__(self) -> None:
        super().__init__("Handlingen blev annulleret. Intet er ændret.",
                         log_message="cancelled by the user")
