<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+126"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator sets up users and settings. Passwords need at least 8 characters with letters and digits.</source>
        <translation>The administrator sets up users and settings. Passwords need at least 8 characters with letters and digits.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>DateField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+34"/>
        <source>Pick from a calendar</source>
        <translation>Pick from a calendar</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+11"/>
        <source>fpdesk — first-time set-up</source>
        <translation>fpdesk — first-time set-up</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The two passwords differ</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../fpdesk/ui/pages/home.py" line="+39"/>
        <source>Total population</source>
        <translation>Total population</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+55"/>
        <source>(office not set)</source>
        <translation>(office not set)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+118"/>
        <source>Enter a whole number</source>
        <translation>Enter a whole number</translation>
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
        <location filename="../fpdesk/ui/main_window.py" line="+39"/>
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
        <location line="+22"/>
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
    <name>OfficePage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="-152"/>
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
        <location filename="../fpdesk/ui/pages/settings.py" line="+45"/>
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
    <name>RecordDialog</name>
    <message>
        <location filename="../fpdesk/ui/widgets/forms.py" line="+228"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="+69"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../fpdesk/ui/signin.py" line="+27"/>
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
        <location line="+13"/>
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
        <location line="+27"/>
        <source>Please enter your user name.</source>
        <translation>Please enter your user name.</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="-106"/>
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
        <location filename="../fpdesk/ui/wizard.py" line="+24"/>
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
    <name>app</name>
    <message>
        <location filename="../fpdesk/ui/app.py" line="+42"/>
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
        <location line="+14"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fpdesk could not open the database file.</source>
        <translation>fpdesk could not open the database file.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../fpdesk/ui/crash.py" line="+79"/>
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
</TS>
