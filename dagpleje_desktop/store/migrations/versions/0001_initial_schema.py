"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 09:37:01.809712
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def _is_sqlite() -> bool:
    return op.get_context().dialect.name == "sqlite"


def _forward_fk(columns, table, name):
    """SQLite accepts a reference to a table made later; PostgreSQL gets it by ALTER."""
    if _is_sqlite():
        return [sa.ForeignKeyConstraint(columns, [f"{table}.id"], name=name)]
    return []


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('owner_type', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('filename', sa.String(length=260), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_owner_id'), ['owner_id'], unique=False)

    op.create_table('audit_event',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=False, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('child_id', sa.Uuid(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('id', name=op.f('uq_audit_event_id'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_child_id'), ['child_id'], unique=False)

    op.create_table('change_operation',
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('origin_device', sa.Uuid(), nullable=False),
    sa.Column('origin_seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('hlc', sa.String(length=80), nullable=False),
    sa.Column('prev_hlc', sa.String(length=80), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_change_operation'))
    )
    with op.batch_alter_table('change_operation', schema=None) as batch_op:
        batch_op.create_index('ix_change_operation_origin', ['origin_device', 'origin_seq'], unique=True)
        batch_op.create_index('ix_change_operation_row', ['entity', 'row_id', 'field'], unique=False)

    op.create_table('child',
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('cpr', sa.String(length=11), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('special_needs', sa.Text(), nullable=False),
    sa.Column('diagnoses', sa.Text(), nullable=False),
    sa.Column('allergies', sa.Text(), nullable=False),
    sa.Column('medication', sa.Text(), nullable=False),
    sa.Column('routines', sa.Text(), nullable=False),
    sa.Column('what_works', sa.Text(), nullable=False),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child')),
    sa.UniqueConstraint('cpr', name=op.f('uq_child_cpr'))
    )
    op.create_table('conflict',
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('local_value', sa.Text(), nullable=True),
    sa.Column('local_hlc', sa.String(length=80), nullable=False),
    sa.Column('remote_value', sa.Text(), nullable=True),
    sa.Column('remote_hlc', sa.String(length=80), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_row_id'), ['row_id'], unique=False)

    op.create_table('guardian',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardian'))
    )
    op.create_table('organisation',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('action_plan',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('background', sa.Text(), nullable=False),
    sa.Column('resources', sa.Text(), nullable=False),
    sa.Column('challenges', sa.Text(), nullable=False),
    sa.Column('parent_agreements', sa.Text(), nullable=False),
    sa.Column('next_evaluation', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('signatories', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_action_plan_child_id_child')),
    *_forward_fk(['meeting_id'], 'meeting', 'fk_action_plan_meeting_id_meeting'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plan'))
    )
    with op.batch_alter_table('action_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_plan_child_id'), ['child_id'], unique=False)

    op.create_table('child_guardian',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('guardian_id', sa.Uuid(), nullable=False),
    sa.Column('relation', sa.String(length=60), nullable=False),
    sa.Column('has_custody', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_child_guardian_child_id_child')),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardian.id'], name=op.f('fk_child_guardian_guardian_id_guardian')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child_guardian'))
    )
    with op.batch_alter_table('child_guardian', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_child_guardian_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_child_guardian_guardian_id'), ['guardian_id'], unique=False)

    op.create_table('consent',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('guardian_id', sa.Uuid(), nullable=True),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('information', sa.Text(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('form', sa.String(length=10), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_consent_child_id_child')),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardian.id'], name=op.f('fk_consent_guardian_id_guardian')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_child_id'), ['child_id'], unique=False)

    op.create_table('professional',
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('workplace', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_professional_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_professional'))
    )
    op.create_table('referral',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('referrer_name', sa.String(length=200), nullable=False),
    sa.Column('referrer_type', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('requested_places', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('committee_date', sa.Date(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.Column('granted_places', sa.Integer(), nullable=True),
    sa.Column('revisitation_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_referral_child_id_child')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_child_id'), ['child_id'], unique=False)

    op.create_table('case_team_member',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('professional_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_case_team_member_child_id_child')),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], name=op.f('fk_case_team_member_professional_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_team_member'))
    )
    with op.batch_alter_table('case_team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_team_member_child_id'), ['child_id'], unique=False)

    op.create_table('childminder_home',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('childminder_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('adaptations', sa.Text(), nullable=False),
    sa.Column('latitude', sa.Double(), nullable=True),
    sa.Column('longitude', sa.Double(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['childminder_id'], ['professional.id'], name=op.f('fk_childminder_home_childminder_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_childminder_home'))
    )
    op.create_table('course',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('child_id', sa.Uuid(), nullable=True),
    sa.Column('unit_name', sa.String(length=200), nullable=False),
    sa.Column('family', sa.String(length=200), nullable=False),
    sa.Column('pedagogue_id', sa.Uuid(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('weekly_hours', sa.Float(), nullable=True),
    sa.Column('hour_budget', sa.Float(), nullable=True),
    sa.Column('goals', sa.Text(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_course_child_id_child')),
    sa.ForeignKeyConstraint(['pedagogue_id'], ['professional.id'], name=op.f('fk_course_pedagogue_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_child_id'), ['child_id'], unique=False)

    op.create_table('development_assessment',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('domain', sa.String(length=40), nullable=False),
    sa.Column('level_months', sa.Integer(), nullable=False),
    sa.Column('assessor_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['assessor_id'], ['professional.id'], name=op.f('fk_development_assessment_assessor_id_professional')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_development_assessment_child_id_child')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_assessment'))
    )
    with op.batch_alter_table('development_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_assessment_child_id'), ['child_id'], unique=False)

    op.create_table('disclosure',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('disclosed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('consent_id', sa.Uuid(), nullable=True),
    sa.Column('disclosed_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_disclosure_child_id_child')),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_disclosure_consent_id_consent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosure'))
    )
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosure_child_id'), ['child_id'], unique=False)

    op.create_table('goal',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('action_plan_id', sa.Uuid(), nullable=True),
    sa.Column('domain', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('signs_of_progress', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('measure_who', sa.String(length=200), nullable=False),
    sa.Column('measure_how_often', sa.String(length=200), nullable=False),
    sa.Column('responsible', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('evaluation', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['action_plan_id'], ['action_plan.id'], name=op.f('fk_goal_action_plan_id_action_plan')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_goal_child_id_child')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_action_plan_id'), ['action_plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_goal_child_id'), ['child_id'], unique=False)

    op.create_table('handover',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('handover_on', sa.Date(), nullable=False),
    sa.Column('consent_id', sa.Uuid(), nullable=True),
    sa.Column('sections', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_handover_child_id_child')),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_handover_consent_id_consent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover'))
    )
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_child_id'), ['child_id'], unique=False)

    op.create_table('observation',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=True),
    sa.Column('observed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('situation', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.String(length=10), nullable=False),
    sa.Column('concern', sa.Boolean(), nullable=False),
    sa.Column('sharing', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['professional.id'], name=op.f('fk_observation_author_id_professional')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_observation_child_id_child')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation'))
    )
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.create_index('ix_observation_child_time', ['child_id', 'observed_at'], unique=False)

    op.create_table('user_account',
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('professional_id', sa.Uuid(), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], name=op.f('fk_user_account_professional_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('wellbeing_assessment',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('position', sa.String(length=10), nullable=False),
    sa.Column('assessor_id', sa.Uuid(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['assessor_id'], ['professional.id'], name=op.f('fk_wellbeing_assessment_assessor_id_professional')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_wellbeing_assessment_child_id_child')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wellbeing_assessment'))
    )
    with op.batch_alter_table('wellbeing_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wellbeing_assessment_child_id'), ['child_id'], unique=False)

    op.create_table('absence',
    sa.Column('home_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['home_id'], ['childminder_home.id'], name=op.f('fk_absence_home_id_childminder_home')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absence'))
    )
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_absence_home_id'), ['home_id'], unique=False)

    op.create_table('course_session',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('held_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_session_course_id_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_session'))
    )
    with op.batch_alter_table('course_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_session_course_id'), ['course_id'], unique=False)

    op.create_table('device',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('is_self', sa.Boolean(), nullable=False),
    sa.Column('signing_public_key', sa.LargeBinary(), nullable=False),
    sa.Column('encryption_public_key', sa.LargeBinary(), nullable=False),
    sa.Column('signing_private_key', sa.LargeBinary(), nullable=True),
    sa.Column('encryption_private_key', sa.LargeBinary(), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('home_id', sa.Uuid(), nullable=True),
    sa.Column('paired_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['home_id'], ['childminder_home.id'], name=op.f('fk_device_home_id_childminder_home')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device'))
    )
    op.create_table('meeting',
    sa.Column('child_id', sa.Uuid(), nullable=True),
    sa.Column('course_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('preparation_notes', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resulting_plan_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_meeting_child_id_child')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_meeting_course_id_course')),
    *_forward_fk(['resulting_plan_id'], 'action_plan', 'fk_meeting_resulting_plan_id_action_plan'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)

    op.create_table('observation_domain',
    sa.Column('observation_id', sa.Uuid(), nullable=False),
    sa.Column('domain', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['observation_id'], ['observation.id'], name=op.f('fk_observation_domain_observation_id_observation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation_domain'))
    )
    with op.batch_alter_table('observation_domain', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observation_domain_domain'), ['domain'], unique=False)
        batch_op.create_index(batch_op.f('ix_observation_domain_observation_id'), ['observation_id'], unique=False)

    op.create_table('observation_goal',
    sa.Column('observation_id', sa.Uuid(), nullable=False),
    sa.Column('goal_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_observation_goal_goal_id_goal')),
    sa.ForeignKeyConstraint(['observation_id'], ['observation.id'], name=op.f('fk_observation_goal_observation_id_observation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation_goal'))
    )
    with op.batch_alter_table('observation_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observation_goal_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_observation_goal_observation_id'), ['observation_id'], unique=False)

    op.create_table('placement',
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('home_id', sa.Uuid(), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=200), nullable=False),
    sa.Column('next_institution', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_placement_child_id_child')),
    sa.ForeignKeyConstraint(['home_id'], ['childminder_home.id'], name=op.f('fk_placement_home_id_childminder_home')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placement'))
    )
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placement_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_home_id'), ['home_id'], unique=False)

    op.create_table('visit',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('consultant_id', sa.Uuid(), nullable=True),
    sa.Column('home_id', sa.Uuid(), nullable=True),
    sa.Column('child_id', sa.Uuid(), nullable=True),
    sa.Column('visited_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_visit_child_id_child')),
    sa.ForeignKeyConstraint(['consultant_id'], ['professional.id'], name=op.f('fk_visit_consultant_id_professional')),
    sa.ForeignKeyConstraint(['home_id'], ['childminder_home.id'], name=op.f('fk_visit_home_id_childminder_home')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_home_id'), ['home_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_visited_at'), ['visited_at'], unique=False)

    op.create_table('follow_up',
    sa.Column('meeting_id', sa.Uuid(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('child_id', sa.Uuid(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_follow_up_child_id_child')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_follow_up_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_follow_up_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_visit_id'), ['visit_id'], unique=False)

    op.create_table('guest_care',
    sa.Column('absence_id', sa.Uuid(), nullable=True),
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('guest_home_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['absence_id'], ['absence.id'], name=op.f('fk_guest_care_absence_id_absence')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_guest_care_child_id_child')),
    sa.ForeignKeyConstraint(['guest_home_id'], ['childminder_home.id'], name=op.f('fk_guest_care_guest_home_id_childminder_home')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guest_care'))
    )
    with op.batch_alter_table('guest_care', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guest_care_absence_id'), ['absence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guest_care_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guest_care_guest_home_id'), ['guest_home_id'], unique=False)

    op.create_table('meeting_participant',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('professional_id', sa.Uuid(), nullable=True),
    sa.Column('guardian_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('attendance', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardian.id'], name=op.f('fk_meeting_participant_guardian_id_guardian')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_participant_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], name=op.f('fk_meeting_participant_professional_id_professional')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_participant'))
    )
    with op.batch_alter_table('meeting_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_participant_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('peer_state',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('acknowledged', sa.Text(), nullable=False),
    sa.Column('sent_package_seq', sa.Integer(), nullable=False),
    sa.Column('sent_last_hash', sa.String(length=64), nullable=False),
    sa.Column('received_package_seq', sa.Integer(), nullable=False),
    sa.Column('received_last_hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_peer_state_device_id_device')),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_peer_state'))
    )
    if not _is_sqlite():
        op.create_foreign_key("fk_action_plan_meeting_id_meeting", "action_plan", "meeting",
                              ["meeting_id"], ["id"])
        op.create_foreign_key("fk_meeting_resulting_plan_id_action_plan", "meeting",
                              "action_plan", ["resulting_plan_id"], ["id"])


def downgrade() -> None:
    if not _is_sqlite():
        op.drop_constraint("fk_meeting_resulting_plan_id_action_plan", "meeting")
        op.drop_constraint("fk_action_plan_meeting_id_meeting", "action_plan")
    op.drop_table('peer_state')
    with op.batch_alter_table('meeting_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_participant_meeting_id'))

    op.drop_table('meeting_participant')
    with op.batch_alter_table('guest_care', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guest_care_guest_home_id'))
        batch_op.drop_index(batch_op.f('ix_guest_care_child_id'))
        batch_op.drop_index(batch_op.f('ix_guest_care_absence_id'))

    op.drop_table('guest_care')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_visit_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_child_id'))

    op.drop_table('follow_up')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_visited_at'))
        batch_op.drop_index(batch_op.f('ix_visit_home_id'))
        batch_op.drop_index(batch_op.f('ix_visit_child_id'))

    op.drop_table('visit')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placement_home_id'))
        batch_op.drop_index(batch_op.f('ix_placement_child_id'))

    op.drop_table('placement')
    with op.batch_alter_table('observation_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_goal_observation_id'))
        batch_op.drop_index(batch_op.f('ix_observation_goal_goal_id'))

    op.drop_table('observation_goal')
    with op.batch_alter_table('observation_domain', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_domain_observation_id'))
        batch_op.drop_index(batch_op.f('ix_observation_domain_domain'))

    op.drop_table('observation_domain')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meeting_child_id'))

    op.drop_table('meeting')
    op.drop_table('device')
    with op.batch_alter_table('course_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_session_course_id'))

    op.drop_table('course_session')
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_absence_home_id'))

    op.drop_table('absence')
    with op.batch_alter_table('wellbeing_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_wellbeing_assessment_child_id'))

    op.drop_table('wellbeing_assessment')
    op.drop_table('user_account')
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_index('ix_observation_child_time')

    op.drop_table('observation')
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_child_id'))

    op.drop_table('handover')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_child_id'))
        batch_op.drop_index(batch_op.f('ix_goal_action_plan_id'))

    op.drop_table('goal')
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disclosure_child_id'))

    op.drop_table('disclosure')
    with op.batch_alter_table('development_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_assessment_child_id'))

    op.drop_table('development_assessment')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_child_id'))

    op.drop_table('course')
    op.drop_table('childminder_home')
    with op.batch_alter_table('case_team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_team_member_child_id'))

    op.drop_table('case_team_member')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_child_id'))

    op.drop_table('referral')
    op.drop_table('professional')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_child_id'))

    op.drop_table('consent')
    with op.batch_alter_table('child_guardian', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_child_guardian_guardian_id'))
        batch_op.drop_index(batch_op.f('ix_child_guardian_child_id'))

    op.drop_table('child_guardian')
    with op.batch_alter_table('action_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_plan_child_id'))

    op.drop_table('action_plan')
    op.drop_table('setting')
    op.drop_table('organisation')
    op.drop_table('guardian')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_row_id'))

    op.drop_table('conflict')
    op.drop_table('child')
    with op.batch_alter_table('change_operation', schema=None) as batch_op:
        batch_op.drop_index('ix_change_operation_row')
        batch_op.drop_index('ix_change_operation_origin')

    op.drop_table('change_operation')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_child_id'))

    op.drop_table('audit_event')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_owner_id'))

    op.drop_table('attachment')
