<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DateField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+34"/>
        <source>Pick from a calendar</source>
        <translation>Pick from a calendar</translation>
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
