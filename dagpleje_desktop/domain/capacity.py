"""Places in childminder homes: a mini child counts for 2-4 places; no overbooking."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import CapacityError, ValidationError

MIN_PLACES_PER_CHILD = 2
MAX_PLACES_PER_CHILD = 4


def check_places_per_child(places: int) -> None:
    if not MIN_PLACES_PER_CHILD <= places <= MAX_PLACES_PER_CHILD:
        raise ValidationError(
            "Et barn i Mini-dagplejen tæller for 2-4 pladser, ikke {places}.", places=places,
            log_message=f"places per child out of range: {places}",
        )


@dataclass(frozen=True)
class HomeCapacity:
    home_name: str
    places: int
    taken: int

    @property
    def free(self) -> int:
        return max(self.places - self.taken, 0)

    def check_room_for(self, wanted: int) -> None:
        """Raise CapacityError naming the home, its places and what is taken."""
        if wanted > self.free:
            raise CapacityError(
                "{home} har {places} pladser, og {taken} er optaget; der er ikke plads til et "
                "barn, der tæller for {wanted}.",
                home=self.home_name, places=self.places, taken=self.taken, wanted=wanted,
                log_message=(f"home overbooked: places={self.places} taken={self.taken} "
                             f"wanted={wanted}"),
            )
