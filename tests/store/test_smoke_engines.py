from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children


def test_new_installation_logs_in_and_audits(office_ctx):
    created = children.create_child(office_ctx, children.ChildInput("Åse", "Ørsted",
                                                                    cpr="010323-4567"))
    assert [c.name for c in children.list_children(office_ctx)] == ["Åse Ørsted"]
    assert created.cpr_masked == "010323-XXXX"
    assert audit.verify_chain(office_ctx).ok
