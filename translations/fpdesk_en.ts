<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+132"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator sets up users and settings. Passwords need at least 8 characters with letters and digits.</source>
        <translation>The administrator sets up users and settings. Passwords need at least 8 characters with letters and digits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt the database file (recommended)</source>
        <translation>Encrypt the database file (recommended)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a password nobody can read a copy of the file. You will get a recovery code to print and lock away.</source>
        <translation>Without a password nobody can read a copy of the file. You will get a recovery code to print and lock away.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings_audit.py" line="+32"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account added</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account enabled</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package loaded</source>
        <translation>Package loaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo generated</source>
        <translation>Demo generated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record concerned</source>
        <translation>Record concerned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location line="+49"/>
        <source>The chain has not been checked yet.</source>
        <translation>The chain has not been checked yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the chain</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name (empty: everyone)</source>
        <translation>User name (empty: everyone)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the audit log…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log&apos;s chain holds: %1 entries, each linked to the one before, checked against %2 chain heads recorded in backups. Note its head on paper now and then (fpdesk audit verify --anchor checks it later): %3</source>
        <translation>The audit log&apos;s chain holds: %1 entries, each linked to the one before, checked against %2 chain heads recorded in backups. Note its head on paper now and then (fpdesk audit verify --anchor checks it later): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit log has been tampered with: %1</source>
        <translation>The audit log has been tampered with: %1</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../fpdesk/ui/background.py" line="+127"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <location filename="../fpdesk/ui/backup_unlock.py" line="+73"/>
        <source>Encrypted backup — fpdesk</source>
        <translation>Encrypted backup — fpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup is encrypted with another key than the open office. Type a user name and password as they were when the backup was made, or its recovery code. After the restore the office opens with these passwords.</source>
        <translation>This backup is encrypted with another key than the open office. Type a user name and password as they were when the backup was made, or its recovery code. After the restore the office opens with these passwords.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the backup</source>
        <translation>Open the backup</translation>
    </message>
</context>
<context>
    <name>BackupSecretForm</name>
    <message>
        <location line="-59"/>
        <source>Forgot the password? Use the recovery code</source>
        <translation>Forgot the password? Use the recovery code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings_backup.py" line="+96"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up to a folder or USB stick…</source>
        <translation>Back up to a folder or USB stick…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backups kept on this computer (7 daily, 4 weekly, 12 monthly): %1</source>
        <translation>Backups kept on this computer (7 daily, 4 weekly, 12 monthly): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: %1 (%2 days ago).</source>
        <translation>Last backup: %1 (%2 days ago).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every backup is on this computer&apos;s own disk: keep one on a USB stick too.</source>
        <translation>Every backup is on this computer&apos;s own disk: keep one on a USB stick too.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back up to a folder or USB stick</source>
        <translation>Back up to a folder or USB stick</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up and verifying…</source>
        <translation>Backing up and verifying…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up and verified: %1 (%2 persons). It is safe to unplug the stick.</source>
        <translation>Backed up and verified: %1 (%2 persons). It is safe to unplug the stick.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fpdesk backups (*.fpbak)</source>
        <translation>fpdesk backups (*.fpbak)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+4"/>
        <location line="+152"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>The passwords and the recovery code go back to those of the backup&apos;s date: passwords changed since and a recovery code made since no longer open the office; the old passwords, users removed since and the old recovery code open it again.</source>
        <translation>The passwords and the recovery code go back to those of the backup&apos;s date: passwords changed since and a recovery code made since no longer open the office; the old passwords, users removed since and the old recovery code open it again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the backup of an UNENCRYPTED database, and this office is encrypted. After the restore the office is no longer encrypted: anyone who copies the file can read every record. Encrypt it again afterwards (fpdesk encrypt), or choose a backup made after the office was encrypted.</source>
        <translation>This is the backup of an UNENCRYPTED database, and this office is encrypted. After the restore the office is no longer encrypted: anyone who copies the file can read every record. Encrypt it again afterwards (fpdesk encrypt), or choose a backup made after the office was encrypted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand: the office will no longer be encrypted</source>
        <translation>I understand: the office will no longer be encrypted</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored. fpdesk closes now: start it again to work on the restored data.</source>
        <translation>Restored. fpdesk closes now: start it again to work on the restored data.</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>(office not set)</source>
        <translation>(office not set)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was made on %1 and holds %2 persons of %3.</source>
        <translation>This backup was made on %1 and holds %2 persons of %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data entered since then will be replaced. The current database is kept beside it as a before-restore file.</source>
        <translation>The data entered since then will be replaced. The current database is kept beside it as a before-restore file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup belongs to ANOTHER office.</source>
        <translation>This backup belongs to ANOTHER office.</translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/benefit.py" line="+79"/>
        <source>Correct benefit record</source>
        <translation>Correct benefit record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benefit or subsidy</source>
        <translation>Benefit or subsidy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
</context>
<context>
    <name>BirthDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/family.py" line="+139"/>
        <source>Correct birth record</source>
        <translation>Correct birth record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register birth</source>
        <translation>Register birth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Birth weight (g)</source>
        <translation>Birth weight (g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live birth / stillbirth</source>
        <translation>Live birth / stillbirth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s name</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s ID number</source>
        <translation>Child&apos;s ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s relation to head</source>
        <translation>Child&apos;s relation to head</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving adds the child to her household and records her ongoing pregnancy, if any, as ended in a live birth.</source>
        <translation>Saving adds the child to her household and records her ongoing pregnancy, if any, as ended in a live birth.</translation>
    </message>
</context>
<context>
    <name>ContraceptionDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/contraception.py" line="+65"/>
        <source>Correct contraception record</source>
        <translation>Correct contraception record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a contraceptive method</source>
        <translation>Start a contraceptive method</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Years of use</source>
        <translation>Years of use</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+34"/>
        <source>Pick from a calendar</source>
        <translation>Pick from a calendar</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/migration.py" line="+83"/>
        <source>Record a death</source>
        <translation>Record a death</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The residence becomes “deceased”. The person&apos;s records are kept; reminders stop.</source>
        <translation>The residence becomes “deceased”. The person&apos;s records are kept; reminders stop.</translation>
    </message>
</context>
<context>
    <name>DeleteMemberDialog</name>
    <message>
        <location filename="../fpdesk/ui/pages/records_actions.py" line="+53"/>
        <source>Delete member</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record of %1 (born %2)?</source>
        <translation>Delete the record of %1 (born %2)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete only a record entered by mistake or twice. A person who moved away or died keeps her record: change the residence instead. The deleted record is kept in the database and goes to the county with the next package.</source>
        <translation>Delete only a record entered by mistake or twice. A person who moved away or died keeps her record: change the residence instead. The deleted record is kept in the database and goes to the county with the next package.</translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/delete.py" line="+27"/>
        <source>e.g. entered twice</source>
        <translation>e.g. entered twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason＊</source>
        <translation>Reason＊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>EndEpisodeDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/contraception.py" line="+63"/>
        <source>Stop a method</source>
        <translation>Stop a method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/excel_import.py" line="+142"/>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in a village&apos;s register kept in Excel or WPS (.xlsx, .xls, .csv). Check the field under each column, try the import, then import.</source>
        <translation>Bring in a village&apos;s register kept in Excel or WPS (.xlsx, .xls, .csv). Check the field under each column, try the import, then import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load column mapping…</source>
        <translation>Load column mapping…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save column mapping…</source>
        <translation>Save column mapping…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Try import</source>
        <translation>Try import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export problem rows…</source>
        <translation>Export problem rows…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Head&apos;s name</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method date</source>
        <translation>Method date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current method</source>
        <translation>Current method</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a register</source>
        <translation>Choose a register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check the fields, then try the import.</source>
        <translation>Check the fields, then try the import.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save column mapping</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Column mapping (*.json)</source>
        <translation>Column mapping (*.json)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Column mapping saved: %1</source>
        <translation>Column mapping saved: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load column mapping</source>
        <translation>Load column mapping</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick at least one sheet to import.</source>
        <translation>Tick at least one sheet to import.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying the import…</source>
        <translation>Trying the import…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trial run, nothing written: %1 new persons, %2 completed, %3 unchanged, %4 new households, %5 methods; %6 rows refused, %7 warnings.</source>
        <translation>Trial run, nothing written: %1 new persons, %2 completed, %3 unchanged, %4 new households, %5 methods; %6 rows refused, %7 warnings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: %1 new persons, %2 completed, %3 unchanged, %4 new households, %5 methods; %6 rows refused, %7 warnings.</source>
        <translation>Imported: %1 new persons, %2 completed, %3 unchanged, %4 new households, %5 methods; %6 rows refused, %7 warnings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export problem rows</source>
        <translation>Export problem rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem rows written to %1: correct them there and import that file again.</source>
        <translation>Problem rows written to %1: correct them there and import that file again.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../fpdesk/ui/pages/exchange.py" line="+58"/>
        <source>Send to the county</source>
        <translation>Send to the county</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive packages</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <location line="+62"/>
        <source>Submission and exchange</source>
        <translation>Submission and exchange</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Changes since the last package</source>
        <translation>Changes since the last package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything (full package)</source>
        <translation>Everything (full package)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the statistical report for</source>
        <translation>Include the statistical report for</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>County health commission</source>
        <translation>County health commission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to send</source>
        <translation>What to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../fpdesk/ui/pages/exchange_tables.py" line="+31"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the package…</source>
        <translation>Write the package…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New package</source>
        <translation>New package</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packages sent</source>
        <translation>Packages sent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the records for errors…</source>
        <translation>Checking the records for errors…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The data check finds no errors.</source>
        <translation>The data check finds no errors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data check finds %1 errors: see the %2 page. They travel as they are and the county sees them too; you may still send the package.</source>
        <translation>The data check finds %1 errors: see the %2 page. They travel as they are and the county sees them too; you may still send the package.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the first and last day of the period.</source>
        <translation>Enter the first and last day of the period.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing and verifying the package…</source>
        <translation>Writing and verifying the package…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: no package was written.</source>
        <translation>Cancelled: no package was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No package was written: %1</source>
        <translation>No package was written: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Submission packages (*.fpx)</source>
        <translation>Submission packages (*.fpx)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Load a package…</source>
        <translation>Load a package…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Townships and what they sent</source>
        <translation>Townships and what they sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../fpdesk/ui/pages/exchange_tables.py" line="-2"/>
        <location line="+14"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying and loading the package…</source>
        <translation>Verifying and loading the package…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package was refused and nothing was changed: %1</source>
        <translation>The package was refused and nothing was changed: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load a package</source>
        <translation>Load a package</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package&apos;s password:</source>
        <translation>The package&apos;s password:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Latest of each</source>
        <translation>Latest of each</translation>
    </message>
    <message>
        <location filename="../fpdesk/ui/pages/exchange_tables.py" line="-31"/>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Check code</source>
        <translation>Check code</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written and verified: %1 (%2 records). Read this check code to the county:</source>
        <translation>Written and verified: %1 (%2 records). Read this check code to the county:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package %1 from %2: %3 new, %4 updated, %5 unchanged, %6 refused, %7 warnings.</source>
        <translation>Package %1 from %2: %3 new, %4 updated, %5 unchanged, %6 refused, %7 warnings.</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <location filename="../fpdesk/ui/pages/quality.py" line="+39"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+94"/>
        <source>fpdesk — first-time set-up</source>
        <translation>fpdesk — first-time set-up</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The two passwords differ</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The office was created but could not be encrypted: %1</source>
        <translation>The office was created but could not be encrypted: %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../fpdesk/ui/search.py" line="+180"/>
        <source>Find a person (Ctrl+F): name, zxm, ID or household no.</source>
        <translation>Find a person (Ctrl+F): name, zxm, ID or household no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, pinyin initials (zxm), part of an ID number or a household number</source>
        <translation>Name, pinyin initials (zxm), part of an ID number or a household number</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location line="-188"/>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../fpdesk/ui/pages/home.py" line="+47"/>
        <source>Registered population</source>
        <translation>Registered population</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Resident population</source>
        <translation>Resident population</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Births this statistical year</source>
        <translation>Births this statistical year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women aged 15–49</source>
        <translation>Women aged 15–49</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Married women aged 15–49</source>
        <translation>Married women aged 15–49</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hukou basis: on the register or away (as report T1)</source>
        <translation>Hukou basis: on the register or away (as report T1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident basis: on the register or arrived from elsewhere</source>
        <translation>Resident basis: on the register or arrived from elsewhere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident population (as report T3)</source>
        <translation>Resident population (as report T3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Service reminders</source>
        <translation>Service reminders</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(office not set)</source>
        <translation>(office not set)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, live births counted as in report T2</source>
        <translation>%1, live births counted as in report T2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings → Backup and restore</source>
        <translation>Settings → Backup and restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup has been made yet: back up now (%1).</source>
        <translation>No backup has been made yet: back up now (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last backup is %1 days old: back up now (%2).</source>
        <translation>The last backup is %1 days old: back up now (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every backup is on this computer&apos;s own disk: copy one to a USB stick (%1).</source>
        <translation>Every backup is on this computer&apos;s own disk: copy one to a USB stick (%1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overdue %1 · Due %2</source>
        <translation>Overdue %1 · Due %2</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <location filename="../fpdesk/ui/person_header.py" line="+156"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Village / group</source>
        <translation>Village / group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a member to open her or his record</source>
        <translation>Double-click a member to open her or his record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other members</source>
        <translation>Other members</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>age %1</source>
        <translation>age %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no other members)</source>
        <translation>(no other members)</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/household.py" line="+68"/>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-child certificate no.</source>
        <translation>One-child certificate no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-daughter household</source>
        <translation>Two-daughter household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 digits: village 12 + group 2 + number 4</source>
        <translation>18 digits: village 12 + group 2 + number 4</translation>
    </message>
</context>
<context>
    <name>HouseholdTree</name>
    <message>
        <location filename="../fpdesk/ui/pages/records_tree.py" line="+34"/>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 household (%3)</source>
        <translation>%1 %2 household (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no head) (%3)</source>
        <translation>%1 (no head) (%3)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 (%2 households)</source>
        <translation>%1 (%2 households)</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <location filename="../fpdesk/ui/household_view.py" line="+44"/>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Choose a household on the left to see its members.</source>
        <translation>Choose a household on the left to see its members.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another household</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete member</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open person record</source>
        <translation>Open person record</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 household</source>
        <translation>%1 household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household without a head</source>
        <translation>Household without a head</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One-child certificate %1</source>
        <translation>One-child certificate %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (issued %1)</source>
        <translation> (issued %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-daughter household</source>
        <translation>Two-daughter household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members (%1, %2 moved out or died)</source>
        <translation>Members (%1, %2 moved out or died)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This household has no members yet. Use “Add member” to register the head of household first.</source>
        <translation>This household has no members yet. Use “Add member” to register the head of household first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This household has no members.</source>
        <translation>This household has no members.</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+97"/>
        <source>18-digit ID number</source>
        <translation>18-digit ID number</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <location filename="../fpdesk/ui/person_header.py" line="-111"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current method</source>
        <translation>Current method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>age %1</source>
        <translation>age %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ongoing, due %1</source>
        <translation>Ongoing, due %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+21"/>
        <source>Enter a whole number</source>
        <translation>Enter a whole number</translation>
    </message>
</context>
<context>
    <name>LedgersPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/ledgers.py" line="+25"/>
        <source>Every woman aged 15–49, by village, group and household.</source>
        <translation>Every woman aged 15–49, by village, group and household.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every person on the register, by household.</source>
        <translation>Every person on the register, by household.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every birth in the period.</source>
        <translation>Every birth in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every death in the period.</source>
        <translation>Every death in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every marriage event in the period.</source>
        <translation>Every marriage event in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every migration event in the period.</source>
        <translation>Every migration event in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every contraception episode started or ended in the period.</source>
        <translation>Every contraception episode started or ended in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every reproductive-health check in the period.</source>
        <translation>Every reproductive-health check in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every follow-up, postnatal visit and counselling in the period.</source>
        <translation>Every follow-up, postnatal visit and counselling in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every supply and folic-acid service in the period.</source>
        <translation>Every supply and folic-acid service in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every benefit record of the benefit year (the calendar year the period ends in).</source>
        <translation>Every benefit record of the benefit year (the calendar year the period ends in).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One card per woman aged 15–49 of the village, each starting on a new page.</source>
        <translation>One card per woman aged 15–49 of the village, each starting on a new page.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole township</source>
        <translation>Whole township</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Office card (full record)</source>
        <translation>Office card (full record)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village card (births only, ID and phone masked)</source>
        <translation>Village card (births only, ID and phone masked)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to print</source>
        <translation>What to print</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+50"/>
        <source>Registers and cards</source>
        <translation>Registers and cards</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Enter the first and last day of the period.</source>
        <translation>Enter the first and last day of the period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards are printed one village at a time: choose a village.</source>
        <translation>Cards are printed one village at a time: choose a village.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing %1…</source>
        <translation>Preparing %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, %1 pages</source>
        <translation>, %1 pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1 (%2 rows%3).</source>
        <translation>Saved %1 (%2 rows%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 pages ready to print.</source>
        <translation>%1 pages ready to print.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../fpdesk/ui/idle_lock.py" line="+33"/>
        <source>fpdesk is locked</source>
        <translation>fpdesk is locked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the password of %1 to go on.</source>
        <translation>Enter the password of %1 to go on.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../fpdesk/ui/main_window.py" line="+40"/>
        <source>Township population and family-planning service records</source>
        <translation>Township population and family-planning service records</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person records</source>
        <translation>Person records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women of childbearing age</source>
        <translation>Women of childbearing age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service reminders</source>
        <translation>Service reminders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledgers and cards</source>
        <translation>Ledgers and cards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistical reports</source>
        <translation>Statistical reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(office not set)</source>
        <translation>(office not set)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user accounts</source>
        <translation>No user accounts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>MarriageDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/family.py" line="-100"/>
        <source>Correct marriage record</source>
        <translation>Correct marriage record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marriage event</source>
        <translation>Marriage event</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the event</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also update the person&apos;s marital status</source>
        <translation>Also update the person&apos;s marital status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also set the person&apos;s marital status to: %1, first marriage on %2</source>
        <translation>Also set the person&apos;s marital status to: %1, first marriage on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also set the person&apos;s marital status to: %1</source>
        <translation>Also set the person&apos;s marital status to: %1</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../fpdesk/ui/household_view.py" line="-288"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/migration.py" line="-31"/>
        <source>Correct migration record</source>
        <translation>Correct migration record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the move</source>
        <translation>Date of the move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to / from</source>
        <translation>Where to / from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact there</source>
        <translation>Contact there</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also update the person&apos;s residence</source>
        <translation>Also update the person&apos;s residence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also set the person&apos;s residence to: %1</source>
        <translation>Also set the person&apos;s residence to: %1</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+15"/>
        <source>Enter an amount such as 960.00</source>
        <translation>Enter an amount such as 960.00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most two decimal places</source>
        <translation>At most two decimal places</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../fpdesk/ui/pages/records_actions.py" line="+14"/>
        <source>Move to another household</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to the household chosen below.</source>
        <translation>Move %1 to the household chosen below.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household number, or a member&apos;s name or initials</source>
        <translation>Household number, or a member&apos;s name or initials</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to the new head:</source>
        <translation>Relation to the new head:</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="-293"/>
        <source>Your office</source>
        <translation>Your office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the county, then type the township&apos;s 3-digit code and name.</source>
        <translation>Choose the county, then type the township&apos;s 3-digit code and name.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. 和平镇</source>
        <translation>e.g. 和平镇</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township code</source>
        <translation>Township code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
</context>
<context>
    <name>ParametersTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="+48"/>
        <source>computed</source>
        <translation>computed</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Target: days after the birth</source>
        <translation>Target: days after the birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target after a caesarean: days after the birth</source>
        <translation>Target after a caesarean: days after the birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from: days after the birth</source>
        <translation>Shown from: days after the birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: days after the due date</source>
        <translation>Target: days after the due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: days after the last folic acid</source>
        <translation>Target: days after the last folic acid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed for days after the series starts</source>
        <translation>Followed for days after the series starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between information checks</source>
        <translation>Days between information checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age of entitlement</source>
        <translation>Age of entitlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid until the child&apos;s age</source>
        <translation>Paid until the child&apos;s age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: days after 1 January or the birth</source>
        <translation>Target: days after 1 January or the birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: months after the menopause</source>
        <translation>Target: months after the menopause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown days before the target</source>
        <translation>Shown days before the target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of grace before overdue</source>
        <translation>Days of grace before overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months between health checks</source>
        <translation>Months between health checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age for IUD removal without a menopause date</source>
        <translation>Age for IUD removal without a menopause date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months after the start</source>
        <translation>Months after the start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every … months</source>
        <translation>Then every … months</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../fpdesk/ui/widgets/period_picker.py" line="+27"/>
        <source>Statistical year</source>
        <translation>Statistical year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <location filename="../fpdesk/ui/person_detail.py" line="+76"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+143"/>
        <source>Print her card…</source>
        <translation>Print her card…</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Office card (full record)</source>
        <translation>Office card (full record)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village card (births only, ID and phone masked)</source>
        <translation>Village card (births only, ID and phone masked)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add:</source>
        <translation>Add:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a record to correct it.</source>
        <translation>Double-click a record to correct it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a record to see it.</source>
        <translation>Double-click a record to see it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete record…</source>
        <translation>Delete record…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a record entered by mistake or twice (with a reason)</source>
        <translation>Delete a record entered by mistake or twice (with a reason)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No records yet</source>
        <translation>No records yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marriage</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contraception</source>
        <translation>Contraception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marriage event</source>
        <translation>Marriage event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register birth</source>
        <translation>Register birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy / outcome</source>
        <translation>Pregnancy / outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contraceptive method</source>
        <translation>Contraceptive method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Benefit / subsidy</source>
        <translation>Benefit / subsidy</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The person has died</source>
        <translation>The person has died</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct date of death</source>
        <translation>Correct date of death</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the outcome…</source>
        <translation>Record the outcome…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New pregnancy…</source>
        <translation>New pregnancy…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change method…</source>
        <translation>Change method…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the method…</source>
        <translation>Stop the method…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a method…</source>
        <translation>Start a method…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+12"/>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Delete this record of %1: %2?</source>
        <translation>Delete this record of %1: %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete only a record entered by mistake or twice; correct a wrong detail instead (double-click). The deleted record is kept in the database, written to the audit log with the reason, and goes to the county with the next package.</source>
        <translation>Delete only a record entered by mistake or twice; correct a wrong detail instead (double-click). The deleted record is kept in the database, written to the audit log with the reason, and goes to the county with the next package.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/person.py" line="+100"/>
        <source>Edit person record</source>
        <translation>Edit person record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>She does not want health-check reminders</source>
        <translation>She does not want health-check reminders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Her own choice: she will not be listed for the health-check reminder.</source>
        <translation>Her own choice: she will not be listed for the health-check reminder.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Birth date and sex filled in from the ID number</source>
        <translation>Birth date and sex filled in from the ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date and sex corrected to match the ID number</source>
        <translation>Birth date and sex corrected to match the ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date filled in from the ID number</source>
        <translation>Birth date filled in from the ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date corrected to match the ID number</source>
        <translation>Birth date corrected to match the ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex filled in from the ID number</source>
        <translation>Sex filled in from the ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex corrected to match the ID number</source>
        <translation>Sex corrected to match the ID number</translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <location filename="../fpdesk/ui/person_header.py" line="-94"/>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
</context>
<context>
    <name>PlaceFilter</name>
    <message>
        <location filename="../fpdesk/ui/widgets/place_filter.py" line="+32"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
</context>
<context>
    <name>PregnancyDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/family.py" line="+12"/>
        <source>Pregnancy and its outcome</source>
        <translation>Pregnancy and its outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New pregnancy</source>
        <translation>New pregnancy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A live birth is entered with “Register birth”: the child, the birth and the outcome of this pregnancy are saved together.</source>
        <translation>A live birth is entered with “Register birth”: the child, the birth and the outcome of this pregnancy are saved together.</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/quality.py" line="+46"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Errors and warnings</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All checks</source>
        <translation>All checks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All townships</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+118"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the list…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the township&apos;s list as Excel…</source>
        <translation>Save the township&apos;s list as Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open person</source>
        <translation>Open person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the record…</source>
        <translation>Correct the record…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../fpdesk/ui/pages/quality_actions.py" line="+32"/>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the records…</source>
        <translation>Checking the records…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The database file failed SQLite&apos;s own check: %1. Make a copy of the file now and ask for technical support; do not enter more records until it is repaired.</source>
        <translation>The database file failed SQLite&apos;s own check: %1. Make a copy of the file now and ask for technical support; do not enter more records until it is repaired.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As of %1: %2 errors, %3 warnings</source>
        <translation>As of %1: %2 errors, %3 warnings</translation>
    </message>
    <message>
        <location filename="../fpdesk/ui/pages/quality_actions.py" line="+1"/>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Writing the list…</source>
        <translation>Writing the list…</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/reconcile.py" line="+53"/>
        <location line="+1"/>
        <source>Reconcile with outside lists</source>
        <translation>Reconcile with outside lists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the hospital&apos;s birth list or the civil-affairs marriage registrations as a spreadsheet. Records match by ID number when their dates are at most 7 days apart.</source>
        <translation>Load the hospital&apos;s birth list or the civil-affairs marriage registrations as a spreadsheet. Records match by ID number when their dates are at most 7 days apart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Births (hospital deliveries, birth certificates)</source>
        <translation>Births (hospital deliveries, birth certificates)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marriage registrations (civil affairs)</source>
        <translation>Marriage registrations (civil affairs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load list…</source>
        <translation>Load list…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No list loaded.</source>
        <translation>No list loaded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>In fpdesk</source>
        <translation>In fpdesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date in fpdesk</source>
        <translation>Date in fpdesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days apart</source>
        <translation>Days apart</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the outside list</source>
        <translation>Only in the outside list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in fpdesk</source>
        <translation>Only in fpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Load list</source>
        <translation>Load list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reconciling…</source>
        <translation>Reconciling…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreement %1%   ·   error rate (误差率) %2%</source>
        <translation>Agreement %1%   ·   error rate (误差率) %2%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, sheet “%2”, %3 – %4: %5 matched, %6 only in the list, %7 only in fpdesk.</source>
        <translation>%1, sheet “%2”, %3 – %4: %5 matched, %6 only in the list, %7 only in fpdesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On file, this record missing</source>
        <translation>On file, this record missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on file</source>
        <translation>Not on file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter…</source>
        <translation>Enter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matched (%1)</source>
        <translation>Matched (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the outside list (%1)</source>
        <translation>Only in the outside list (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in fpdesk (%1)</source>
        <translation>Only in fpdesk (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../fpdesk/ui/widgets/forms.py" line="+293"/>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check these before saving:</source>
        <translation>Please check these before saving:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <location filename="../fpdesk/ui/pages/records_actions.py" line="+70"/>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete household %1? It has no members.</source>
        <translation>Delete household %1? It has no members.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add member to %1</source>
        <translation>Add member to %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit person record — %1</source>
        <translation>Edit person record — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move to another household</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record of %1 has errors; correct them first:</source>
        <translation>The record of %1 has errors; correct them first:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 from household %2 to household %3?</source>
        <translation>Move %1 from household %2 to household %3?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check these too:</source>
        <translation>Please check these too:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already the head of that household.</source>
        <translation>%1 is already the head of that household.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete member</source>
        <translation>Delete member</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/records.py" line="+60"/>
        <source>Person records</source>
        <translation>Person records</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a household by village and group, or type its number or a name; double-click a member to open her record.</source>
        <translation>Find a household by village and group, or type its number or a name; double-click a member to open her record.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household no. or name</source>
        <translation>Household no. or name</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconcile lists…</source>
        <translation>Reconcile lists…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the hospital&apos;s births or the civil-affairs marriages with fpdesk</source>
        <translation>Compare the hospital&apos;s births or the civil-affairs marriages with fpdesk</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Type one more character</source>
        <translation>Type one more character</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 households found</source>
        <translation>%1 households found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No household found</source>
        <translation>No household found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../fpdesk/ui/recovery.py" line="+23"/>
        <source>Recovery code — fpdesk</source>
        <translation>Recovery code — fpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code printed when the office was encrypted. It lets an administrator set a new password.</source>
        <translation>Type the recovery code printed when the office was encrypted. It lets an administrator set a new password.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the new password</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+112"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every administrator forgets the password, this code opens the office again. It is shown only now.</source>
        <translation>If every administrator forgets the password, this code opens the office again. It is shown only now.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print it or write it down, and keep it locked away, apart from the backups. Anyone holding the code and a copy of the database can read every record.</source>
        <translation>Print it or write it down, and keep it locked away, apart from the backups. Anyone holding the code and a copy of the database can read every record.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have printed or written down the recovery code</source>
        <translation>I have printed or written down the recovery code</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unencrypted copies left by fpdesk in this folder hold their records in clear. Remove them in Settings → Encryption once they are no longer needed:</source>
        <translation>Unencrypted copies left by fpdesk in this folder hold their records in clear. Remove them in Settings → Encryption once they are no longer needed:</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../fpdesk/ui/pages/reminders.py" line="+37"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village / group</source>
        <translation>Village / group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue %1 days</source>
        <translation>Overdue %1 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location line="+25"/>
        <source>Service reminders</source>
        <translation>Service reminders</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due and overdue</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recompute</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the list…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record the service…</source>
        <translation>Record the service…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Declined by the person</source>
        <translation>Declined by the person</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computing the list…</source>
        <translation>Computing the list…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Due %1 · Overdue %2</source>
        <translation>Due %1 · Overdue %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Record that %1 was offered this service today and declined it?</source>
        <translation>Record that %1 was offered this service today and declined it?</translation>
    </message>
    <message>
        <location filename="../fpdesk/ui/pages/reminder_export.py" line="+35"/>
        <source>Writing the list…</source>
        <translation>Writing the list…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/reports.py" line="+40"/>
        <source>All townships</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with a year earlier</source>
        <translation>Compare with a year earlier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>Statistical reports</source>
        <translation>Statistical reports</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Births by month and sex ratio</source>
        <translation>Births by month and sex ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex ratio (girls = 100)</source>
        <translation>Sex ratio (girls = 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Married women by method (end of period)</source>
        <translation>Married women by method (end of period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population pyramid (end of period)</source>
        <translation>Population pyramid (end of period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders: worked in the period, overdue today</source>
        <translation>Reminders: worked in the period, overdue today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worked</source>
        <translation>Worked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the first and last day of the period.</source>
        <translation>Enter the first and last day of the period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not compute the tables: %1</source>
        <translation>Could not compute the tables: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Writing the tables…</source>
        <translation>Writing the tables…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../fpdesk/ui/wizard_restore.py" line="+63"/>
        <location line="+48"/>
        <location line="+36"/>
        <location line="+13"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The whole file is checked before anything is written.</source>
        <translation>The whole file is checked before anything is written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup chosen</source>
        <translation>No backup chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is encrypted: type a user name and password as they were when it was made, or its recovery code. After the restore the office opens with the same passwords.</source>
        <translation>The backup is encrypted: type a user name and password as they were when it was made, or its recovery code. After the restore the office opens with the same passwords.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>fpdesk backups (*.fpbak)</source>
        <translation>fpdesk backups (*.fpbak)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the backup file first.</source>
        <translation>Choose the backup file first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location line="+32"/>
        <source>fpdesk — restore from a backup</source>
        <translation>fpdesk — restore from a backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged database file is kept beside the restored one. The whole backup is checked before anything is written.</source>
        <translation>The damaged database file is kept beside the restored one. The whole backup is checked before anything is written.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../fpdesk/ui/models/roster_model.py" line="+68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village / group</source>
        <translation>Village / group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current method (since)</source>
        <translation>Current method (since)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No current method</source>
        <translation>No current method</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 son(s) %2 daughter(s)</source>
        <translation>%1 son(s) %2 daughter(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 son(s)</source>
        <translation>%1 son(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 daughter(s)</source>
        <translation>%1 daughter(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household number: %1</source>
        <translation>Household number: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full ID numbers are shown to clerks and administrators only</source>
        <translation>Full ID numbers are shown to clerks and administrators only</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../fpdesk/ui/search.py" line="+50"/>
        <source>Nobody found</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first %1; type more to narrow the search</source>
        <translation>Showing the first %1; type more to narrow the search</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings_security.py" line="+24"/>
        <source>New recovery code…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the unencrypted copies…</source>
        <translation>Remove the unencrypted copies…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These unencrypted copies, left by fpdesk, hold every record in clear: anyone who copies one can read names and ID numbers. Remove them once they are no longer needed (copies on a USB stick or elsewhere must be deleted there):</source>
        <translation>These unencrypted copies, left by fpdesk, hold every record in clear: anyone who copies one can read names and ID numbers. Remove them once they are no longer needed (copies on a USB stick or elsewhere must be deleted there):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is not encrypted: anyone who copies it can read every record. To encrypt it, close fpdesk and run fpdesk encrypt (see docs/encryption.md).</source>
        <translation>The database file is not encrypted: anyone who copies it can read every record. To encrypt it, close fpdesk and run fpdesk encrypt (see docs/encryption.md).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file is encrypted (SQLCipher). Its key file %1 must stay beside it and travel with every copy. Users who can open it: %2</source>
        <translation>The database file is encrypted (SQLCipher). Its key file %1 must stay beside it and travel with every copy. Users who can open it: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Make a new recovery code? The printed one no longer opens the office&apos;s current file, but it still opens the backups made before now (and restoring one of them makes it valid again). To retire it for good, delete those older backups, or make a new backup and remove the old ones.</source>
        <translation>Make a new recovery code? The printed one no longer opens the office&apos;s current file, but it still opens the backups made before now (and restoring one of them makes it valid again). To retire it for good, delete those older backups, or make a new backup and remove the old ones.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Remove the unencrypted copies</source>
        <translation>Remove the unencrypted copies</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete these %1 unencrypted copies? The encrypted office and its encrypted backups are kept.</source>
        <translation>Delete these %1 unencrypted copies? The encrypted office and its encrypted backups are kept.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Print it or write it down, and keep it locked away, apart from the backups. It is shown only now.</source>
        <translation>Print it or write it down, and keep it locked away, apart from the backups. It is shown only now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/service.py" line="+54"/>
        <source>Correct service record</source>
        <translation>Correct service record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service date</source>
        <translation>Service date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>She asked for a pregnancy test</source>
        <translation>She asked for a pregnancy test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy test result</source>
        <translation>Pregnancy test result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next appointment / referral follow-up</source>
        <translation>Next appointment / referral follow-up</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A normal outcome: the service was offered and the person chose not to take it.</source>
        <translation>A normal outcome: the service was offered and the person chose not to take it.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="+71"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the administrator can change settings.</source>
        <translation>Only the administrator can change settings.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Method (3 IUD, 4 implant)</source>
        <translation>Method (3 IUD, 4 implant)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years of use</source>
        <translation>Years of use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme code</source>
        <translation>Programme code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yuan per year</source>
        <translation>Yuan per year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>Lock after idle minutes (0 = never)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder rules</source>
        <translation>Reminder rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device lifespans</source>
        <translation>Device lifespans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit rates</source>
        <translation>Benefit rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/excel_import.py" line="-293"/>
        <source>Import this sheet</source>
        <translation>Import this sheet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Header found in row %1.</source>
        <translation>Header found in row %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No header was recognised: choose the header row and the fields by hand.</source>
        <translation>No header was recognised: choose the header row and the fields by hand.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../fpdesk/ui/signin.py" line="+39"/>
        <source>Sign in — fpdesk</source>
        <translation>Sign in — fpdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Township population and family-planning service records</source>
        <translation>Township population and family-planning service records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(office not set)</source>
        <translation>(office not set)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encrypted database</source>
        <translation>encrypted database</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo database: user name %1, password %2</source>
        <translation>Demo database: user name %1, password %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forgot the password? Use the recovery code…</source>
        <translation>Forgot the password? Use the recovery code…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please enter your user name.</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New password set. Sign in with it.</source>
        <translation>New password set. Sign in with it.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard_restore.py" line="-158"/>
        <source>Welcome to fpdesk</source>
        <translation>Welcome to fpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no office on this computer yet.</source>
        <translation>There is no office on this computer yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a new office</source>
        <translation>Set up a new office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The township, its villages and groups, and the administrator.</source>
        <translation>The township, its villages and groups, and the administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new computer: choose the office&apos;s backup (.fpbak), for example on a USB stick. An encrypted backup opens with the passwords it was made with, or with its recovery code.</source>
        <translation>A new computer: choose the office&apos;s backup (.fpbak), for example on a USB stick. An encrypted backup opens with the passwords it was made with, or with its recovery code.</translation>
    </message>
</context>
<context>
    <name>SwitchMethodDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/contraception.py" line="-35"/>
        <source>Change method</source>
        <translation>Change method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current method: %1. Saving ends it (switched method) on the start date of the new one.</source>
        <translation>Current method: %1. Saving ends it (switched method) on the start date of the new one.</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="-120"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="-131"/>
        <source>Villages and groups</source>
        <translation>Villages and groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per village: its 3-digit code, its name and how many groups it has.</source>
        <translation>One row per village: its 3-digit code, its name and how many groups it has.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village name</source>
        <translation>Village name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add village</source>
        <translation>Add village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove village</source>
        <translation>Remove village</translation>
    </message>
</context>
<context>
    <name>WomenPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/women.py" line="+43"/>
        <source>Women of childbearing age</source>
        <translation>Women of childbearing age</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a woman or press Enter to open her record.</source>
        <translation>Double-click a woman or press Enter to open her record.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any marital status</source>
        <translation>Any marital status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never married</source>
        <translation>Never married</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divorced or widowed</source>
        <translation>Divorced or widowed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any method</source>
        <translation>Any method</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>No current method</source>
        <translation>No current method</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Any residence</source>
        <translation>Any residence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, pinyin initials (zxm), ID or household number</source>
        <translation>Name, pinyin initials (zxm), ID or household number</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 women</source>
        <translation>%1 women</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../fpdesk/ui/app.py" line="+30"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Generating the demo township…</source>
        <translation>Generating the demo township…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo township could not be generated.</source>
        <translation>The demo township could not be generated.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+69"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>fpdesk could not open the database file.</source>
        <translation>fpdesk could not open the database file.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Making today&apos;s backup…</source>
        <translation>Making today&apos;s backup…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../fpdesk/ui/crash.py" line="+84"/>
        <source>fpdesk — database error</source>
        <translation>fpdesk — database error</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fpdesk — unexpected error</source>
        <translation>fpdesk — unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected error occurred.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details were written to the log file:
%1
Please send this file to your support contact.</source>
        <translation>The details were written to the log file:
%1
Please send this file to your support contact.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../fpdesk/ui/pdf_preview.py" line="+76"/>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/base.py" line="+30"/>
        <source>Spouse&apos;s name</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth certificate no.</source>
        <translation>Birth certificate no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device model</source>
        <translation>Device model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided by</source>
        <translation>Provided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed-choice form signed</source>
        <translation>Informed-choice form signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result / notes</source>
        <translation>Result / notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the person (the service was offered)</source>
        <translation>Declined by the person (the service was offered)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place code</source>
        <translation>Place code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../fpdesk/ui/dialogs/contraception.py" line="-64"/>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../fpdesk/ui/pages/reminder_actions.py" line="+52"/>
        <source>Complete: %1</source>
        <translation>Complete: %1</translation>
    </message>
</context>
</TS>
