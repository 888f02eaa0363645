"""Enum labels are the Danish words people see; parse accepts the code or the label."""

import pytest

from dagpleje_desktop.domain import enums
from dagpleje_desktop.domain.enums import (ChildStatus, GoalStatus, LabelledEnum, MeetingKind,
                                           ProfessionalRole, ReferrerType, UserRole,
                                           WellbeingPosition)

ALL_ENUMS = [cls for cls in vars(enums).values()
             if isinstance(cls, type) and issubclass(cls, LabelledEnum) and cls is not LabelledEnum]
ALL_MEMBERS = [member for cls in ALL_ENUMS for member in cls]


def test_there_are_enums_to_check():
    assert {UserRole, ChildStatus, WellbeingPosition, MeetingKind} <= set(ALL_ENUMS)


@pytest.mark.parametrize("member", ALL_MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_its_own_danish_label(member):
    assert member.label and member.label != member.value


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda c: c.__name__)
def test_labels_within_an_enum_are_distinct(cls):
    labels = [m.label.casefold() for m in cls]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("member, label", [
    # Codes shared between enums must not swap labels ("active", "childminder", ...).
    (UserRole.CHILDMINDER, "Mini-dagplejer"),
    (ProfessionalRole.CHILDMINDER, "Dagplejer"),
    (ChildStatus.ACTIVE, "Indskrevet"),
    (GoalStatus.ACTIVE, "Aktivt"),
    (MeetingKind.HANDOVER, "Overleveringsmøde"),
    (MeetingKind.GUIDANCE, "Vejledningssession"),
    (ProfessionalRole.HEALTH_VISITOR, "Sundhedsplejerske"),
    (ReferrerType.HEALTH_VISITOR, "Sundhedsplejen"),
    (WellbeingPosition.RED, "Rød"),
])
def test_label_is_the_danish_word_for_that_enum(member, label):
    assert member.label == label


@pytest.mark.parametrize("member", ALL_MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_parse_accepts_code_and_label_in_any_case(member):
    cls = type(member)
    assert cls.parse(member.value) is member
    assert cls.parse(member.label) is member
    assert cls.parse(f"  {member.label.upper()} ") is member


def test_parse_refuses_unknown_words():
    with pytest.raises(ValueError):
        WellbeingPosition.parse("lilla")
    with pytest.raises(ValueError):
        ChildStatus.parse("Aktivt")  # a GoalStatus label, not a child status
