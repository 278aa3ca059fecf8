"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25

The first schema: team data, the change journal, the audit chain, settings, and the
name-key index kept by triggers calling the SQL function ``kim_name_keys`` (registered on
every connection by the store).
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agency',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=100), nullable=True),
    sa.Column('legal_domain', sa.String(length=100), nullable=True),
    sa.Column('municipalities', sa.JSON(), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=100), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('is_public_body', sa.Boolean(), nullable=False),
    sa.Column('is_immigration_office', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency'))
    )
    op.create_table('audit',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('device', sa.String(length=36), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=True),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit')),
    sqlite_autoincrement=True
    )
    op.create_table('change',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('stamp', sa.BigInteger(), nullable=False),
    sa.Column('device', sa.String(length=36), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=True),
    sa.Column('seen', sa.Integer(), nullable=True),
    sa.Column('segment', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.create_index('ix_change_device_segment', ['device', 'segment'], unique=False)
        batch_op.create_index('ix_change_row', ['entity', 'row_id'], unique=False)

    op.create_table('client',
    sa.Column('case_number', sa.String(length=32), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('native_name', sa.String(length=400), nullable=True),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('gender', sa.String(length=20), nullable=True),
    sa.Column('nationality', sa.String(length=100), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('interpreter_language', sa.String(length=100), nullable=True),
    sa.Column('residence_status', sa.String(length=200), nullable=True),
    sa.Column('residence_paragraph', sa.String(length=100), nullable=True),
    sa.Column('residence_valid_until', sa.Date(), nullable=True),
    sa.Column('municipality', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=100), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('case_manager', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client')),
    sa.UniqueConstraint('case_number', name=op.f('uq_client_case_number'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_family_name'), ['family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_municipality'), ['municipality'], unique=False)

    op.create_table('conference',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('moderator', sa.String(length=200), nullable=True),
    sa.Column('minute_taker', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('next_date', sa.Date(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conference'))
    )
    op.create_table('name_key',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('key', 'client_id', name=op.f('pk_name_key')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('name_key', schema=None) as batch_op:
        batch_op.create_index('ix_name_key_client', ['client_id'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('addendum',
    sa.Column('conference_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], name=op.f('fk_addendum_conference_id_conference')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_addendum'))
    )
    with op.batch_alter_table('addendum', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_addendum_conference_id'), ['conference_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('conference_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('not_for_immigration_office', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], name=op.f('fk_agenda_item_conference_id_conference')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_conference_id'), ['conference_id'], unique=False)

    op.create_table('conference_client',
    sa.Column('conference_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('case_number', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_conference_client_client_id_client')),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], name=op.f('fk_conference_client_conference_id_conference')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conference_client'))
    )
    with op.batch_alter_table('conference_client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conference_client_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conference_client_conference_id'), ['conference_id'], unique=False)

    op.create_table('consent',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('recipient_person', sa.String(length=200), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('covers_health', sa.Boolean(), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_consent_agency_id_agency')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_consent_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_client_id'), ['client_id'], unique=False)

    op.create_table('counselling_contact',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('interpreter', sa.String(length=200), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('staff', sa.String(length=200), nullable=True),
    sa.Column('not_for_immigration_office', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_counselling_contact_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counselling_contact'))
    )
    with op.batch_alter_table('counselling_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counselling_contact_client_id'), ['client_id'], unique=False)

    op.create_table('household_member',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('relation', sa.String(length=50), nullable=True),
    sa.Column('member_client_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_household_member_client_id_client')),
    sa.ForeignKeyConstraint(['member_client_id'], ['client.id'], name=op.f('fk_household_member_member_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_member'))
    )
    with op.batch_alter_table('household_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_member_client_id'), ['client_id'], unique=False)

    op.create_table('need',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('not_for_immigration_office', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_need_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_need'))
    )
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_need_client_id'), ['client_id'], unique=False)

    op.create_table('participant',
    sa.Column('conference_id', sa.String(length=36), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('function', sa.String(length=200), nullable=True),
    sa.Column('presence', sa.String(length=20), nullable=False),
    sa.Column('consent_override_reason', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_participant_agency_id_agency')),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], name=op.f('fk_participant_conference_id_conference')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_conference_id'), ['conference_id'], unique=False)

    op.create_table('task',
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('details', sa.Text(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('assigned_to', sa.String(length=200), nullable=True),
    sa.Column('rule', sa.String(length=100), nullable=True),
    sa.Column('source_key', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_task_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_source_key'), ['source_key'], unique=False)

    op.create_table('action_item',
    sa.Column('agenda_item_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('who', sa.String(length=300), nullable=True),
    sa.Column('who_agency_id', sa.String(length=36), nullable=True),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_action_item_agenda_item_id_agenda_item')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_action_item_client_id_client')),
    sa.ForeignKeyConstraint(['who_agency_id'], ['agency.id'], name=op.f('fk_action_item_who_agency_id_agency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_client_id'), ['client_id'], unique=False)

    op.create_table('decision',
    sa.Column('agenda_item_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_decision_agenda_item_id_agenda_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('responsibility',
    sa.Column('need_id', sa.String(length=36), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=True),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_responsibility_agency_id_agency')),
    sa.ForeignKeyConstraint(['need_id'], ['need.id'], name=op.f('fk_responsibility_need_id_need')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_responsibility'))
    )
    with op.batch_alter_table('responsibility', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_responsibility_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_responsibility_need_id'), ['need_id'], unique=False)

    op.create_table('responsibility_event',
    sa.Column('need_id', sa.String(length=36), nullable=False),
    sa.Column('responsibility_id', sa.String(length=36), nullable=True),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('forwarded_to_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_responsibility_event_agency_id_agency')),
    sa.ForeignKeyConstraint(['forwarded_to_id'], ['agency.id'], name=op.f('fk_responsibility_event_forwarded_to_id_agency')),
    sa.ForeignKeyConstraint(['need_id'], ['need.id'], name=op.f('fk_responsibility_event_need_id_need')),
    sa.ForeignKeyConstraint(['responsibility_id'], ['responsibility.id'], name=op.f('fk_responsibility_event_responsibility_id_responsibility')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_responsibility_event'))
    )
    with op.batch_alter_table('responsibility_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_responsibility_event_need_id'), ['need_id'], unique=False)
    for statement in TRIGGERS:
        op.execute(statement)


KEYS = "json_each(kim_name_keys(new.given_name, new.family_name, new.native_name, new.case_number))"
TRIGGERS = [
    f"""CREATE TRIGGER client_name_keys_insert AFTER INSERT ON client BEGIN
        INSERT OR IGNORE INTO name_key(key, client_id) SELECT value, new.id FROM {KEYS};
    END""",
    f"""CREATE TRIGGER client_name_keys_update
        AFTER UPDATE OF given_name, family_name, native_name, case_number ON client BEGIN
        DELETE FROM name_key WHERE client_id = old.id;
        INSERT OR IGNORE INTO name_key(key, client_id) SELECT value, new.id FROM {KEYS};
    END""",
    """CREATE TRIGGER client_name_keys_delete AFTER DELETE ON client BEGIN
        DELETE FROM name_key WHERE client_id = old.id;
    END""",
]


def downgrade() -> None:
    for name in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS client_name_keys_{name}")
    with op.batch_alter_table('responsibility_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_responsibility_event_need_id'))

    op.drop_table('responsibility_event')
    with op.batch_alter_table('responsibility', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_responsibility_need_id'))
        batch_op.drop_index(batch_op.f('ix_responsibility_agency_id'))

    op.drop_table('responsibility')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_agenda_item_id'))

    op.drop_table('decision')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_client_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_agenda_item_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_source_key'))
        batch_op.drop_index(batch_op.f('ix_task_due_on'))
        batch_op.drop_index(batch_op.f('ix_task_client_id'))

    op.drop_table('task')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_conference_id'))

    op.drop_table('participant')
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_need_client_id'))

    op.drop_table('need')
    with op.batch_alter_table('household_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_member_client_id'))

    op.drop_table('household_member')
    with op.batch_alter_table('counselling_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counselling_contact_client_id'))

    op.drop_table('counselling_contact')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_client_id'))
        batch_op.drop_index(batch_op.f('ix_consent_agency_id'))

    op.drop_table('consent')
    with op.batch_alter_table('conference_client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conference_client_conference_id'))
        batch_op.drop_index(batch_op.f('ix_conference_client_client_id'))

    op.drop_table('conference_client')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_conference_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('addendum', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_addendum_conference_id'))

    op.drop_table('addendum')
    op.drop_table('setting')
    with op.batch_alter_table('name_key', schema=None) as batch_op:
        batch_op.drop_index('ix_name_key_client')

    op.drop_table('name_key')
    op.drop_table('conference')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_municipality'))
        batch_op.drop_index(batch_op.f('ix_client_household_id'))
        batch_op.drop_index(batch_op.f('ix_client_family_name'))

    op.drop_table('client')
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index('ix_change_row')
        batch_op.drop_index('ix_change_device_segment')

    op.drop_table('change')
    op.drop_table('audit')
    op.drop_table('agency')
