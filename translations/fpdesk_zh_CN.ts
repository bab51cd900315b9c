<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+126"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator sets up users and settings. Passwords need at least 8 characters with letters and digits.</source>
        <translation>管理员负责设置用户和系统参数。密码至少 8 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+34"/>
        <source>Pick from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+11"/>
        <source>fpdesk — first-time set-up</source>
        <translation>fpdesk — 首次使用设置</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
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
    <name>LockScreen</name>
    <message>
        <location filename="../fpdesk/ui/idle_lock.py" line="+33"/>
        <source>fpdesk is locked</source>
        <translation>fpdesk 已锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the password of %1 to go on.</source>
        <translation>请输入用户 %1 的密码以继续。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock</source>
        <translation>解锁</translation>
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
    <name>OfficePage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="-152"/>
        <source>Your office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the county, then type the township&apos;s 3-digit code and name.</source>
        <translation>请选择所在县（区），再填写乡镇的 3 位代码和名称。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. 和平镇</source>
        <translation>例如：和平镇</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
</context>
<context>
    <name>ParametersTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="+45"/>
        <source>computed</source>
        <translation>自动计算</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Target: days after the birth</source>
        <translation>目标日：产后天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target after a caesarean: days after the birth</source>
        <translation>剖宫产目标日：产后天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from: days after the birth</source>
        <translation>开始提醒：产后天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: days after the due date</source>
        <translation>目标日：预产期后天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: days after the last folic acid</source>
        <translation>目标日：末次叶酸发放后天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed for days after the series starts</source>
        <translation>叶酸服用开始后跟踪天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between information checks</source>
        <translation>信息核查间隔天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age of entitlement</source>
        <translation>享受年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid until the child&apos;s age</source>
        <translation>发放至孩子年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: days after 1 January or the birth</source>
        <translation>目标日：1月1日或出生后天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: months after the menopause</source>
        <translation>目标日：绝经后月数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown days before the target</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of grace before overdue</source>
        <translation>宽限天数（过后为逾期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months between health checks</source>
        <translation>三查间隔月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age for IUD removal without a menopause date</source>
        <translation>无绝经日期时的取器年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months after the start</source>
        <translation>术后随访月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every … months</source>
        <translation>此后每隔月数</translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="+69"/>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the administrator can change settings.</source>
        <translation>只有管理员可以修改设置。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Method (3 IUD, 4 implant)</source>
        <translation>方法（3 宫内节育器，4 皮下埋植）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years of use</source>
        <translation>有效年限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yuan per year</source>
        <translation>每人每年金额（元）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>无操作多少分钟后锁定（0 为不锁定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder rules</source>
        <translation>提醒规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device lifespans</source>
        <translation>节育器/皮埋有效年限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit rates</source>
        <translation>补助标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
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
    <name>TableTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="-106"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+24"/>
        <source>Villages and groups</source>
        <translation>村（居）与组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per village: its 3-digit code, its name and how many groups it has.</source>
        <translation>每个村（居）一行：3 位代码、名称和组数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village name</source>
        <translation>村名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>组数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add village</source>
        <translation>添加村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove village</source>
        <translation>删除村</translation>
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
