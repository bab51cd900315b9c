<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DateField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+34"/>
        <source>Pick from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../fpdesk/ui/pages/home.py" line="+39"/>
        <source>Total population</source>
        <translation>总人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Births this statistical year</source>
        <translation>本统计年度出生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women aged 15–49</source>
        <translation>育龄妇女（15–49岁）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Married women aged 15–49</source>
        <translation>已婚育龄妇女</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(office not set)</source>
        <translation>（未设置乡镇）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+118"/>
        <source>Enter a whole number</source>
        <translation>请输入整数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../fpdesk/ui/main_window.py" line="+39"/>
        <source>Township population and family-planning service records</source>
        <translation>乡镇人口计生服务台账</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person records</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women of childbearing age</source>
        <translation>育龄妇女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service reminders</source>
        <translation>提醒服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledgers and cards</source>
        <translation>帐表卡册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistical reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data exchange</source>
        <translation>上报交换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not available yet</source>
        <translation>尚未开放</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(office not set)</source>
        <translation>（未设置乡镇）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user accounts</source>
        <translation>未设置用户账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+15"/>
        <source>Enter an amount such as 960.00</source>
        <translation>请输入金额，如 960.00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most two decimal places</source>
        <translation>最多两位小数</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../fpdesk/ui/widgets/forms.py" line="+228"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check these before saving:</source>
        <translation>保存前请核实以下内容：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save anyway?</source>
        <translation>仍然保存吗？</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../fpdesk/ui/signin.py" line="+27"/>
        <source>Sign in — fpdesk</source>
        <translation>登录 — fpdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Township population and family-planning service records</source>
        <translation>乡镇人口计生服务台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(office not set)</source>
        <translation>（未设置乡镇）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo database: user name %1, password %2</source>
        <translation>示范数据库：用户名 %1，密码 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../fpdesk/ui/app.py" line="+42"/>
        <source>Generating the demo township…</source>
        <translation>正在生成示范乡镇…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo database</source>
        <translation>示范数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo township could not be generated.</source>
        <translation>无法生成示范乡镇。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fpdesk could not open the database file.</source>
        <translation>fpdesk 无法打开数据库文件。</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../fpdesk/ui/crash.py" line="+79"/>
        <source>fpdesk — unexpected error</source>
        <translation>fpdesk — 意外错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected error occurred.</source>
        <translation>程序发生意外错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details were written to the log file:
%1
Please send this file to your support contact.</source>
        <translation>详细信息已写入日志文件：
%1
请将此文件发送给技术支持人员。</translation>
    </message>
</context>
</TS>
