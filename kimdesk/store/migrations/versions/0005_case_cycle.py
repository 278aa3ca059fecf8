"""case cycle

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-25

The case cycle (issue 9): first contacts and phase transitions, the assessment with residence
and benefit histories, plans (goals, measures), school entry of newcomers, structural findings
and anonymous counts that outlive erasure; and on existing tables the source of content
(need, counselling contact, agenda item), the kinds of data and giver of a consent, and the
case type of a client (retention). Columns are added with ALTER TABLE ADD COLUMN (no table
copy), so the client table's name-key triggers stay in place.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('anonymous_count',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('opened_year', sa.Integer(), nullable=True),
    sa.Column('closed_year', sa.Integer(), nullable=True),
    sa.Column('municipality', sa.String(length=200), nullable=True),
    sa.Column('category', sa.String(length=200), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_anonymous_count'))
    )
    op.create_table('structural_finding',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('legal_domains', sa.JSON(), nullable=False),
    sa.Column('municipalities', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=True),
    sa.Column('raised_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_structural_finding'))
    )
    op.create_table('assessment',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('household', sa.Text(), nullable=True),
    sa.Column('school', sa.Text(), nullable=True),
    sa.Column('language_level', sa.String(length=20), nullable=True),
    sa.Column('health', sa.Text(), nullable=True),
    sa.Column('housing', sa.Text(), nullable=True),
    sa.Column('resources', sa.Text(), nullable=True),
    sa.Column('offices_involved', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('not_for_immigration_office', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_assessment_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment'))
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_client_id'), ['client_id'], unique=False)

    op.create_table('benefit_record',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('system', sa.String(length=20), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_benefit_record_agency_id_agency')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_benefit_record_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_benefit_record'))
    )
    with op.batch_alter_table('benefit_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_benefit_record_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_benefit_record_approved_on'), ['approved_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_benefit_record_system'), ['system'], unique=False)

    op.create_table('case_phase',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('phase', sa.String(length=20), nullable=False),
    sa.Column('from_phase', sa.String(length=20), nullable=True),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('indicated', sa.Boolean(), nullable=True),
    sa.Column('agreed', sa.Boolean(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('goals_reached', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_case_phase_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_phase'))
    )
    with op.batch_alter_table('case_phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_phase_client_id'), ['client_id'], unique=False)

    op.create_table('case_plan',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_case_plan_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_plan'))
    )
    with op.batch_alter_table('case_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_plan_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_plan_review_on'), ['review_on'], unique=False)

    op.create_table('finding_case',
    sa.Column('finding_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_finding_case_client_id_client')),
    sa.ForeignKeyConstraint(['finding_id'], ['structural_finding.id'], name=op.f('fk_finding_case_finding_id_structural_finding')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding_case'))
    )
    with op.batch_alter_table('finding_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_case_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_case_finding_id'), ['finding_id'], unique=False)

    op.create_table('first_contact',
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('referral_source', sa.String(length=200), nullable=True),
    sa.Column('topic', sa.String(length=200), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('municipality', sa.String(length=200), nullable=True),
    sa.Column('staff', sa.String(length=200), nullable=True),
    sa.Column('outcome', sa.String(length=30), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_first_contact_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_first_contact'))
    )
    with op.batch_alter_table('first_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_first_contact_client_id'), ['client_id'], unique=False)

    op.create_table('residence_record',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=200), nullable=False),
    sa.Column('paragraph', sa.String(length=100), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_residence_record_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_record'))
    )
    with op.batch_alter_table('residence_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_residence_record_client_id'), ['client_id'], unique=False)

    op.create_table('school_entry',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('arrived_on', sa.Date(), nullable=True),
    sa.Column('assigned_on', sa.Date(), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('school_form', sa.String(length=20), nullable=True),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('placed_on', sa.Date(), nullable=True),
    sa.Column('school', sa.String(length=300), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_school_entry_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_entry'))
    )
    with op.batch_alter_table('school_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_entry_client_id'), ['client_id'], unique=True)

    op.create_table('plan_goal',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_plan_goal_client_id_client')),
    sa.ForeignKeyConstraint(['plan_id'], ['case_plan.id'], name=op.f('fk_plan_goal_plan_id_case_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_goal'))
    )
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_goal_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goal_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goal_review_on'), ['review_on'], unique=False)

    op.create_table('plan_measure',
    sa.Column('goal_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('who', sa.String(length=300), nullable=True),
    sa.Column('who_agency_id', sa.String(length=36), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('responsibility_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_plan_measure_client_id_client')),
    sa.ForeignKeyConstraint(['goal_id'], ['plan_goal.id'], name=op.f('fk_plan_measure_goal_id_plan_goal')),
    sa.ForeignKeyConstraint(['responsibility_id'], ['responsibility.id'], name=op.f('fk_plan_measure_responsibility_id_responsibility')),
    sa.ForeignKeyConstraint(['who_agency_id'], ['agency.id'], name=op.f('fk_plan_measure_who_agency_id_agency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_measure'))
    )
    with op.batch_alter_table('plan_measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_measure_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_plan_measure_open_due', ['status', 'due'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_measure_goal_id'), ['goal_id'], unique=False)

    op.create_index('ix_audit_row', 'audit', ['row_id', 'action'], unique=False)
    # the deadline rules read these by range instead of scanning every person
    op.create_index('ix_client_birth_date', 'client', ['birth_date'], unique=False)
    op.create_index('ix_client_residence_valid_until', 'client', ['residence_valid_until'], unique=False)
    op.create_index('ix_consent_expires_on', 'consent', ['expires_on'], unique=False)
    op.create_index('ix_client_open_cases', 'client', ['id', 'status', 'deleted', 'municipality', 'residence_status'],
                    unique=False)
    op.create_index('ix_responsibility_agency_status', 'responsibility',
                    ['agency_id', 'status', 'deleted', 'need_id', 'id'], unique=False)
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=30), nullable=True))

    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_type', sa.String(length=40), nullable=True))

    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('data_kinds', sa.JSON(), server_default=sa.text("'[]'"), nullable=False))
        batch_op.add_column(sa.Column('given_by', sa.String(length=20), nullable=True))

    with op.batch_alter_table('counselling_contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=30), nullable=True))

    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=30), nullable=True))



def downgrade() -> None:
    op.drop_index('ix_audit_row', table_name='audit')
    op.drop_index('ix_client_birth_date', table_name='client')
    op.drop_index('ix_client_residence_valid_until', table_name='client')
    op.drop_index('ix_consent_expires_on', table_name='consent')
    op.drop_index('ix_client_open_cases', table_name='client')
    op.drop_index('ix_responsibility_agency_status', table_name='responsibility')
    with op.batch_alter_table('need', recreate='never') as batch_op:  # native DROP COLUMN
        batch_op.drop_column('source')

    with op.batch_alter_table('counselling_contact', recreate='never') as batch_op:  # native DROP COLUMN
        batch_op.drop_column('source')

    with op.batch_alter_table('consent', recreate='never') as batch_op:  # native DROP COLUMN
        batch_op.drop_column('given_by')
        batch_op.drop_column('data_kinds')

    with op.batch_alter_table('client', recreate='never') as batch_op:  # native DROP COLUMN
        batch_op.drop_column('case_type')

    with op.batch_alter_table('agenda_item', recreate='never') as batch_op:  # native DROP COLUMN
        batch_op.drop_column('source')

    with op.batch_alter_table('plan_measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_measure_goal_id'))
        batch_op.drop_index('ix_plan_measure_open_due')
        batch_op.drop_index(batch_op.f('ix_plan_measure_client_id'))

    op.drop_table('plan_measure')
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_goal_review_on'))
        batch_op.drop_index(batch_op.f('ix_plan_goal_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_goal_client_id'))

    op.drop_table('plan_goal')
    with op.batch_alter_table('school_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_entry_client_id'))

    op.drop_table('school_entry')
    with op.batch_alter_table('residence_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_residence_record_client_id'))

    op.drop_table('residence_record')
    with op.batch_alter_table('first_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_first_contact_client_id'))

    op.drop_table('first_contact')
    with op.batch_alter_table('finding_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_case_finding_id'))
        batch_op.drop_index(batch_op.f('ix_finding_case_client_id'))

    op.drop_table('finding_case')
    with op.batch_alter_table('case_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_plan_review_on'))
        batch_op.drop_index(batch_op.f('ix_case_plan_client_id'))

    op.drop_table('case_plan')
    with op.batch_alter_table('case_phase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_phase_client_id'))

    op.drop_table('case_phase')
    with op.batch_alter_table('benefit_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_benefit_record_system'))
        batch_op.drop_index(batch_op.f('ix_benefit_record_approved_on'))
        batch_op.drop_index(batch_op.f('ix_benefit_record_client_id'))

    op.drop_table('benefit_record')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_client_id'))

    op.drop_table('assessment')
    op.drop_table('structural_finding')
    op.drop_table('anonymous_count')
