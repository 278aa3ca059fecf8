"""covering indexes for the deadline rules

Revision ID: 0038
Revises: 0036
Create Date: 2026-12-06

Issue 19: at 200,000 people the steady-state deadline evaluation grew faster than the data
(1.0 s at 100k, 3–4 s at 200k): the rules found their rows by narrow indexes and then read each
wide row of ``client``, ``benefit_record`` and ``need`` at random for two or three columns; once
those tables outgrow the page cache every such read decrypts a page again. These indexes hold
exactly the columns a rule reads, so a rule reads compact index pages in order instead:

- ``client (birth_date, status, deleted, id)``: 18th birthday, compulsory schooling, school place
  (replaces ``ix_client_birth_date``, its prefix);
- ``client (residence_valid_until, status, deleted, residence_status, id)``: expiring papers
  (replaces ``ix_client_residence_valid_until``);
- partial ``client`` indexes for the few people with a BAMF decision or a residence rule
  (those rules scanned every person);
- ``need (id, client_id, status, deleted)``: the move check's step from a request to its person;
- ``benefit_record (system, deleted, client_id, since, until)``: the asylum-benefit rules
  (replaces ``ix_benefit_record_system``);
- ``ix_need_open`` gains ``category`` (client_id, status, deleted, category): the school rules
  ask for an open need of a category; its prefix serves the client list as before;
- ``school_entry (client_id, deleted, placed_on)``: "has a school place" without the row.

Plain ``op.create_index``/``drop_index``: a batch operation on ``client`` would drop 0020's
expression indexes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0038'
down_revision = '0036'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_client_birth_open', 'client', ['birth_date', 'status', 'deleted', 'id'])
    op.drop_index('ix_client_birth_date', table_name='client')
    op.create_index('ix_client_residence_due', 'client',
                    ['residence_valid_until', 'status', 'deleted', 'residence_status', 'id'])
    op.drop_index('ix_client_residence_valid_until', table_name='client')
    op.create_index('ix_client_bamf_decision', 'client', ['bamf_decision_on', 'bamf_decision', 'status', 'deleted', 'id'],
                    sqlite_where=sa.text('bamf_decision IS NOT NULL'))
    op.create_index('ix_client_residence_rule', 'client',
                    ['residence_rule_place', 'municipality', 'residence_rule_until', 'status', 'deleted', 'id'],
                    sqlite_where=sa.text('residence_rule_place IS NOT NULL'))
    op.create_index('ix_need_state', 'need', ['id', 'client_id', 'status', 'deleted'])
    op.create_index('ix_benefit_record_by_system', 'benefit_record', ['system', 'deleted', 'client_id', 'since', 'until'])
    op.drop_index('ix_benefit_record_system', table_name='benefit_record')
    op.drop_index('ix_need_open', table_name='need')
    op.create_index('ix_need_open', 'need', ['client_id', 'status', 'deleted', 'category'])
    op.create_index('ix_school_entry_placed', 'school_entry', ['client_id', 'deleted', 'placed_on'])


def downgrade() -> None:
    op.drop_index('ix_school_entry_placed', table_name='school_entry')
    op.drop_index('ix_need_open', table_name='need')
    op.create_index('ix_need_open', 'need', ['client_id', 'status', 'deleted'])
    op.create_index('ix_benefit_record_system', 'benefit_record', ['system'])
    op.drop_index('ix_benefit_record_by_system', table_name='benefit_record')
    op.drop_index('ix_need_state', table_name='need')
    op.drop_index('ix_client_residence_rule', table_name='client')
    op.drop_index('ix_client_bamf_decision', table_name='client')
    op.create_index('ix_client_residence_valid_until', 'client', ['residence_valid_until'])
    op.drop_index('ix_client_residence_due', table_name='client')
    op.create_index('ix_client_birth_date', 'client', ['birth_date'])
    op.drop_index('ix_client_birth_open', table_name='client')
