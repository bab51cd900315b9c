"""initial schema: every record table, users, settings, audit log, export history

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('table_name', sa.String(length=30), nullable=True),
    sa.Column('record_uid', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_record_uid'), ['record_uid'], unique=False)

    op.create_table('benefit_rates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=False),
    sa.Column('note', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('program', 'year')
    )
    op.create_table('device_models',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('method', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=40), nullable=False),
    sa.Column('lifespan_years', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('method', 'model')
    )
    op.create_table('export_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('since_rev', sa.Integer(), nullable=False),
    sa.Column('until_rev', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=30), nullable=True),
    sa.Column('file_name', sa.Text(), nullable=True),
    sa.Column('recipient', sa.String(length=60), nullable=True),
    sa.Column('check_code', sa.String(length=9), nullable=False),
    sa.Column('encrypted', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('households',
    sa.Column('household_no', sa.String(length=18), nullable=True),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('group_no', sa.String(length=2), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('head_uid', sa.String(length=36), nullable=True),
    sa.Column('hukou_type', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('one_child_cert_no', sa.String(length=40), nullable=True),
    sa.Column('one_child_cert_date', sa.Date(), nullable=True),
    sa.Column('two_daughters', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['head_uid'], ['persons.uid'], name='fk_household_head', use_alter=True),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_households_household_no'), ['household_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_households_rev'), ['rev'], unique=False)
        batch_op.create_index('ix_households_village_group', ['village_code', 'group_no'], unique=False)

    op.create_table('regions',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('parent_code', sa.String(length=12), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('uid'),
    sa.UniqueConstraint('code')
    )
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_regions_parent_code'), ['parent_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_regions_rev'), ['rev'], unique=False)

    op.create_table('rev_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=40), nullable=True),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('locked_until', sa.String(length=32), nullable=True),
    sa.Column('disabled', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('persons',
    sa.Column('household_uid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('sex', sa.Integer(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('ethnicity', sa.String(length=2), nullable=True),
    sa.Column('relation', sa.String(length=2), nullable=True),
    sa.Column('residence', sa.Integer(), nullable=False),
    sa.Column('marital_status', sa.Integer(), nullable=True),
    sa.Column('first_marriage_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('arrived_date', sa.Date(), nullable=True),
    sa.Column('left_date', sa.Date(), nullable=True),
    sa.Column('death_date', sa.Date(), nullable=True),
    sa.Column('menopause_date', sa.Date(), nullable=True),
    sa.Column('checks_opt_out', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['household_uid'], ['households.uid'], ),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_household_uid'), ['household_uid'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_rev'), ['rev'], unique=False)
        batch_op.create_index('ix_persons_sex_birth', ['sex', 'birth_date'], unique=False)

    op.create_table('village_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('group_no', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['village_code'], ['regions.code'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('village_code', 'group_no')
    )
    op.create_table('benefits',
    sa.Column('person_uid', sa.String(length=36), nullable=False),
    sa.Column('program', sa.Integer(), nullable=False),
    sa.Column('child_uid', sa.String(length=36), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=True),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('confirmed_date', sa.Date(), nullable=True),
    sa.Column('paid_date', sa.Date(), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['child_uid'], ['persons.uid'], ),
    sa.ForeignKeyConstraint(['person_uid'], ['persons.uid'], ),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('benefits', schema=None) as batch_op:
        batch_op.create_index('ix_benefits_person', ['person_uid', 'program', 'year'], unique=False)
        batch_op.create_index(batch_op.f('ix_benefits_rev'), ['rev'], unique=False)
        batch_op.create_index('ix_benefits_year', ['year', 'program'], unique=False)

    op.create_table('births',
    sa.Column('mother_uid', sa.String(length=36), nullable=False),
    sa.Column('father_uid', sa.String(length=36), nullable=True),
    sa.Column('child_uid', sa.String(length=36), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.Integer(), nullable=False),
    sa.Column('order', sa.Integer(), nullable=True),
    sa.Column('plurality', sa.Integer(), nullable=True),
    sa.Column('delivery', sa.Integer(), nullable=True),
    sa.Column('place', sa.Integer(), nullable=True),
    sa.Column('weight_g', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.Integer(), nullable=True),
    sa.Column('reported_date', sa.Date(), nullable=True),
    sa.Column('certificate_no', sa.String(length=30), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['child_uid'], ['persons.uid'], ),
    sa.ForeignKeyConstraint(['father_uid'], ['persons.uid'], ),
    sa.ForeignKeyConstraint(['mother_uid'], ['persons.uid'], ),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('births', schema=None) as batch_op:
        batch_op.create_index('ix_births_child', ['child_uid'], unique=False)
        batch_op.create_index('ix_births_date', ['birth_date'], unique=False)
        batch_op.create_index('ix_births_mother', ['mother_uid', 'birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_births_rev'), ['rev'], unique=False)

    op.create_table('contraception',
    sa.Column('woman_uid', sa.String(length=36), nullable=False),
    sa.Column('method', sa.Integer(), nullable=False),
    sa.Column('no_method_reason', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Integer(), nullable=True),
    sa.Column('device_type', sa.String(length=40), nullable=True),
    sa.Column('lifespan_years', sa.Integer(), nullable=True),
    sa.Column('provider', sa.String(length=60), nullable=True),
    sa.Column('informed_choice', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['woman_uid'], ['persons.uid'], ),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('contraception', schema=None) as batch_op:
        batch_op.create_index('ix_contraception_open', ['end_date', 'method'], unique=False)
        batch_op.create_index(batch_op.f('ix_contraception_rev'), ['rev'], unique=False)
        batch_op.create_index('ix_contraception_woman', ['woman_uid', 'start_date'], unique=False)

    op.create_table('marriages',
    sa.Column('person_uid', sa.String(length=36), nullable=False),
    sa.Column('event', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('spouse_name', sa.String(length=40), nullable=True),
    sa.Column('spouse_id_number', sa.String(length=18), nullable=True),
    sa.Column('spouse_uid', sa.String(length=36), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_uid'], ['persons.uid'], ),
    sa.ForeignKeyConstraint(['spouse_uid'], ['persons.uid'], ),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('marriages', schema=None) as batch_op:
        batch_op.create_index('ix_marriages_date', ['date'], unique=False)
        batch_op.create_index('ix_marriages_person', ['person_uid', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_marriages_rev'), ['rev'], unique=False)

    op.create_table('migrations',
    sa.Column('person_uid', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=True),
    sa.Column('place_code', sa.String(length=12), nullable=True),
    sa.Column('reason', sa.String(length=100), nullable=True),
    sa.Column('contact', sa.String(length=60), nullable=True),
    sa.Column('verified_date', sa.Date(), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_uid'], ['persons.uid'], ),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('migrations', schema=None) as batch_op:
        batch_op.create_index('ix_migrations_date', ['date'], unique=False)
        batch_op.create_index('ix_migrations_person', ['person_uid', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_migrations_rev'), ['rev'], unique=False)

    op.create_table('pregnancies',
    sa.Column('woman_uid', sa.String(length=36), nullable=False),
    sa.Column('found_date', sa.Date(), nullable=True),
    sa.Column('lmp_date', sa.Date(), nullable=True),
    sa.Column('edd', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Integer(), nullable=True),
    sa.Column('outcome_date', sa.Date(), nullable=True),
    sa.Column('birth_uid', sa.String(length=36), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['birth_uid'], ['births.uid'], ),
    sa.ForeignKeyConstraint(['woman_uid'], ['persons.uid'], ),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('pregnancies', schema=None) as batch_op:
        batch_op.create_index('ix_pregnancies_outcome', ['outcome', 'edd'], unique=False)
        batch_op.create_index(batch_op.f('ix_pregnancies_rev'), ['rev'], unique=False)
        batch_op.create_index('ix_pregnancies_woman', ['woman_uid'], unique=False)

    op.create_table('services',
    sa.Column('person_uid', sa.String(length=36), nullable=False),
    sa.Column('type', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('item_ring', sa.Integer(), nullable=True),
    sa.Column('item_pregnancy', sa.Integer(), nullable=True),
    sa.Column('item_disease', sa.Integer(), nullable=True),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('provider', sa.String(length=60), nullable=True),
    sa.Column('contraception_uid', sa.String(length=36), nullable=True),
    sa.Column('pregnancy_uid', sa.String(length=36), nullable=True),
    sa.Column('declined', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('next_date', sa.Date(), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contraception_uid'], ['contraception.uid'], ),
    sa.ForeignKeyConstraint(['person_uid'], ['persons.uid'], ),
    sa.ForeignKeyConstraint(['pregnancy_uid'], ['pregnancies.uid'], ),
    sa.PrimaryKeyConstraint('uid')
    )
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.create_index('ix_services_person', ['person_uid', 'type', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_services_rev'), ['rev'], unique=False)
        batch_op.create_index('ix_services_type_date', ['type', 'date'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.drop_index('ix_services_type_date')
        batch_op.drop_index(batch_op.f('ix_services_rev'))
        batch_op.drop_index('ix_services_person')

    op.drop_table('services')
    with op.batch_alter_table('pregnancies', schema=None) as batch_op:
        batch_op.drop_index('ix_pregnancies_woman')
        batch_op.drop_index(batch_op.f('ix_pregnancies_rev'))
        batch_op.drop_index('ix_pregnancies_outcome')

    op.drop_table('pregnancies')
    with op.batch_alter_table('migrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_migrations_rev'))
        batch_op.drop_index('ix_migrations_person')
        batch_op.drop_index('ix_migrations_date')

    op.drop_table('migrations')
    with op.batch_alter_table('marriages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_marriages_rev'))
        batch_op.drop_index('ix_marriages_person')
        batch_op.drop_index('ix_marriages_date')

    op.drop_table('marriages')
    with op.batch_alter_table('contraception', schema=None) as batch_op:
        batch_op.drop_index('ix_contraception_woman')
        batch_op.drop_index(batch_op.f('ix_contraception_rev'))
        batch_op.drop_index('ix_contraception_open')

    op.drop_table('contraception')
    with op.batch_alter_table('births', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_births_rev'))
        batch_op.drop_index('ix_births_mother')
        batch_op.drop_index('ix_births_date')
        batch_op.drop_index('ix_births_child')

    op.drop_table('births')
    with op.batch_alter_table('benefits', schema=None) as batch_op:
        batch_op.drop_index('ix_benefits_year')
        batch_op.drop_index(batch_op.f('ix_benefits_rev'))
        batch_op.drop_index('ix_benefits_person')

    op.drop_table('benefits')
    op.drop_table('village_groups')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_sex_birth')
        batch_op.drop_index(batch_op.f('ix_persons_rev'))
        batch_op.drop_index(batch_op.f('ix_persons_id_number'))
        batch_op.drop_index(batch_op.f('ix_persons_household_uid'))

    op.drop_table('persons')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('rev_counter')
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_regions_rev'))
        batch_op.drop_index(batch_op.f('ix_regions_parent_code'))

    op.drop_table('regions')
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_village_group')
        batch_op.drop_index(batch_op.f('ix_households_rev'))
        batch_op.drop_index(batch_op.f('ix_households_household_no'))

    op.drop_table('households')
    op.drop_table('export_history')
    op.drop_table('device_models')
    op.drop_table('benefit_rates')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_record_uid'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
