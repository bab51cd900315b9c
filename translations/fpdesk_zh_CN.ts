<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+132"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator sets up users and settings. Passwords need at least 8 characters with letters and digits.</source>
        <translation>管理员负责设置用户和系统参数。密码至少 8 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt the database file (recommended)</source>
        <translation>加密数据库文件（建议）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a password nobody can read a copy of the file. You will get a recovery code to print and lock away.</source>
        <translation>没有密码，任何人拷走文件也读不出内容。完成后会给出一个恢复码，请打印并锁好保管。</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>AuditModel</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings_audit.py" line="+32"/>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in refused</source>
        <translation>拒绝登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account added</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account enabled</source>
        <translation>恢复账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package loaded</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo generated</source>
        <translation>生成示范数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record concerned</source>
        <translation>涉及记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location line="+49"/>
        <source>The chain has not been checked yet.</source>
        <translation>尚未校验审计日志的哈希链。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name (empty: everyone)</source>
        <translation>用户名（留空：全部）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the audit log…</source>
        <translation>正在校验审计日志…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log&apos;s chain holds: %1 entries, each linked to the one before, checked against %2 chain heads recorded in backups. Note its head on paper now and then (fpdesk audit verify --anchor checks it later): %3</source>
        <translation>审计日志的哈希链完整：共 %1 条，每条都与前一条相连，并已与备份中记录的 %2 个链尾核对。请不时把链尾抄在纸上（以后用 fpdesk audit verify --anchor 核对）：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit log has been tampered with: %1</source>
        <translation>审计日志已被篡改：%1</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../fpdesk/ui/background.py" line="+127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <location filename="../fpdesk/ui/backup_unlock.py" line="+73"/>
        <source>Encrypted backup — fpdesk</source>
        <translation>加密的备份 — fpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup is encrypted with another key than the open office. Type a user name and password as they were when the backup was made, or its recovery code. After the restore the office opens with these passwords.</source>
        <translation>此备份的加密密钥与当前单位不同。请输入备份时的用户名和密码，或此备份的恢复码。恢复后，单位数据库用这些密码登录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the backup</source>
        <translation>打开备份</translation>
    </message>
</context>
<context>
    <name>BackupSecretForm</name>
    <message>
        <location line="-59"/>
        <source>Forgot the password? Use the recovery code</source>
        <translation>忘记密码？改用恢复码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code:</source>
        <translation>恢复码：</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings_backup.py" line="+96"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up to a folder or USB stick…</source>
        <translation>备份到文件夹或 U 盘…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the selected backup…</source>
        <translation>恢复选中的备份…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backups kept on this computer (7 daily, 4 weekly, 12 monthly): %1</source>
        <translation>本机保存的备份（每天 7 份、每周 4 份、每月 12 份）：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup has been made yet.</source>
        <translation>还没有做过备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: %1 (%2 days ago).</source>
        <translation>最近一次备份：%1（%2 天前）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every backup is on this computer&apos;s own disk: keep one on a USB stick too.</source>
        <translation>所有备份都在本机硬盘上：请另在 U 盘上保存一份。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back up to a folder or USB stick</source>
        <translation>备份到文件夹或 U 盘</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up and verifying…</source>
        <translation>正在备份并校验…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up and verified: %1 (%2 persons). It is safe to unplug the stick.</source>
        <translation>已备份并校验：%1（%2 人）。现在可以拔出 U 盘。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fpdesk backups (*.fpbak)</source>
        <translation>fpdesk 备份（*.fpbak）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+4"/>
        <location line="+152"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>The passwords and the recovery code go back to those of the backup&apos;s date: passwords changed since and a recovery code made since no longer open the office; the old passwords, users removed since and the old recovery code open it again.</source>
        <translation>登录密码和恢复码将回到备份时的样子：那以后改过的密码和新生成的恢复码不再能打开数据库；备份时的旧密码、后来删除的用户和旧恢复码重新有效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the backup of an UNENCRYPTED database, and this office is encrypted. After the restore the office is no longer encrypted: anyone who copies the file can read every record. Encrypt it again afterwards (fpdesk encrypt), or choose a backup made after the office was encrypted.</source>
        <translation>这是一个【未加密】数据库的备份，而当前数据库已加密。恢复后数据库将不再加密：任何人拷走文件都能读取全部记录。恢复后请重新加密（fpdesk encrypt），或者选一个加密之后做的备份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand: the office will no longer be encrypted</source>
        <translation>我明白：恢复后数据库不再加密</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored. fpdesk closes now: start it again to work on the restored data.</source>
        <translation>已恢复。fpdesk 现在关闭，请重新启动后使用恢复的数据。</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>(office not set)</source>
        <translation>（未设置乡镇）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was made on %1 and holds %2 persons of %3.</source>
        <translation>此备份制作于 %1，含%3的 %2 人。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data entered since then will be replaced. The current database is kept beside it as a before-restore file.</source>
        <translation>此后录入的数据将被替换。当前数据库另存在旁边（文件名含 before-restore）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup belongs to ANOTHER office.</source>
        <translation>此备份属于另一个单位！</translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/benefit.py" line="+79"/>
        <source>Correct benefit record</source>
        <translation>更正奖扶/补贴记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benefit or subsidy</source>
        <translation>奖扶/补贴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
</context>
<context>
    <name>BirthDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/family.py" line="+139"/>
        <source>Correct birth record</source>
        <translation>更正出生记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register birth</source>
        <translation>出生登记</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Birth weight (g)</source>
        <translation>出生体重（克）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live birth / stillbirth</source>
        <translation>活产/死产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s name</source>
        <translation>孩子姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s ID number</source>
        <translation>孩子身份证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s relation to head</source>
        <translation>孩子与户主关系</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving adds the child to her household and records her ongoing pregnancy, if any, as ended in a live birth.</source>
        <translation>保存后，孩子加入本户；本人正在妊娠的孕情（如有）同时记为活产。</translation>
    </message>
</context>
<context>
    <name>ContraceptionDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/contraception.py" line="+65"/>
        <source>Correct contraception record</source>
        <translation>更正避孕节育记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a contraceptive method</source>
        <translation>开始使用避孕措施</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Years of use</source>
        <translation>有效年限</translation>
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
    <name>DeathDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/migration.py" line="+83"/>
        <source>Record a death</source>
        <translation>死亡登记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The residence becomes “deceased”. The person&apos;s records are kept; reminders stop.</source>
        <translation>居住状态将改为“死亡”。本人的档案记录全部保留，不再列入服务提醒。</translation>
    </message>
</context>
<context>
    <name>DeleteMemberDialog</name>
    <message>
        <location filename="../fpdesk/ui/pages/records_actions.py" line="+53"/>
        <source>Delete member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record of %1 (born %2)?</source>
        <translation>删除 %1（%2 出生）的档案？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete only a record entered by mistake or twice. A person who moved away or died keeps her record: change the residence instead. The deleted record is kept in the database and goes to the county with the next package.</source>
        <translation>只删除误录或重复登记的档案。已迁出或死亡的人员应保留档案，改为修改其居住状态。删除的记录仍保存在数据库中，并随下次上报数据包报送县级。</translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/delete.py" line="+27"/>
        <source>e.g. entered twice</source>
        <translation>例如：重复登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason＊</source>
        <translation>删除原因＊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EndEpisodeDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/contraception.py" line="+63"/>
        <source>Stop a method</source>
        <translation>停用避孕措施</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method: %1</source>
        <translation>措施：%1</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/excel_import.py" line="+142"/>
        <source>Import from Excel</source>
        <translation>导入Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in a village&apos;s register kept in Excel or WPS (.xlsx, .xls, .csv). Check the field under each column, try the import, then import.</source>
        <translation>导入用 Excel 或 WPS 保存的村花名册（.xlsx、.xls、.csv）。请核对每列对应的字段，先试导入，再正式导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load column mapping…</source>
        <translation>读取列对应…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save column mapping…</source>
        <translation>保存列对应…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Try import</source>
        <translation>试导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export problem rows…</source>
        <translation>导出问题行…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Head&apos;s name</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method date</source>
        <translation>措施时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current method</source>
        <translation>当前避孕方法</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a register</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check the fields, then try the import.</source>
        <translation>请核对各列对应的字段，然后试导入。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save column mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Column mapping (*.json)</source>
        <translation>列对应文件 (*.json)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Column mapping saved: %1</source>
        <translation>列对应已保存：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load column mapping</source>
        <translation>读取列对应</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick at least one sheet to import.</source>
        <translation>请至少勾选一个要导入的工作表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying the import…</source>
        <translation>正在试导入…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written: %1</source>
        <translation>没有写入任何记录：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trial run, nothing written: %1 new persons, %2 completed, %3 unchanged, %4 new households, %5 methods; %6 rows refused, %7 warnings.</source>
        <translation>试导入（未写入）：新增人员 %1，补充信息 %2，无变化 %3，新建家庭户 %4，新增措施 %5；拒收 %6 行，提示 %7 条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: %1 new persons, %2 completed, %3 unchanged, %4 new households, %5 methods; %6 rows refused, %7 warnings.</source>
        <translation>已导入：新增人员 %1，补充信息 %2，无变化 %3，新建家庭户 %4，新增措施 %5；拒收 %6 行，提示 %7 条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export problem rows</source>
        <translation>导出问题行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem rows written to %1: correct them there and import that file again.</source>
        <translation>问题行已写入 %1：请在该文件中改正后重新导入。</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../fpdesk/ui/pages/exchange.py" line="+58"/>
        <source>Send to the county</source>
        <translation>上报县级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive packages</source>
        <translation>接收上报包</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <location line="+62"/>
        <source>Submission and exchange</source>
        <translation>上报交换</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Changes since the last package</source>
        <translation>自上次上报以来的变动（增量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything (full package)</source>
        <translation>全部数据（全量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the statistical report for</source>
        <translation>附带统计报表，时期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>County health commission</source>
        <translation>县卫生健康委员会</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to send</source>
        <translation>上报内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../fpdesk/ui/pages/exchange_tables.py" line="+31"/>
        <source>Recipient</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the package…</source>
        <translation>生成上报包…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New package</source>
        <translation>新建上报包</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packages sent</source>
        <translation>已上报记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the records for errors…</source>
        <translation>正在检查记录中的错误…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The data check finds no errors.</source>
        <translation>数据检查未发现错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data check finds %1 errors: see the %2 page. They travel as they are and the county sees them too; you may still send the package.</source>
        <translation>数据检查发现 %1 个错误，请查看%2页。错误记录照原样报送，县级也能看到；仍可继续生成数据包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the first and last day of the period.</source>
        <translation>请填写时段的起止日期。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing and verifying the package…</source>
        <translation>正在生成并校验上报包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: no package was written.</source>
        <translation>已取消，未生成上报包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No package was written: %1</source>
        <translation>未生成上报包：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the package</source>
        <translation>保存上报包</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Submission packages (*.fpx)</source>
        <translation>上报包 (*.fpx)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Load a package…</source>
        <translation>载入上报包…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Townships and what they sent</source>
        <translation>各乡镇上报情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../fpdesk/ui/pages/exchange_tables.py" line="-2"/>
        <location line="+14"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying and loading the package…</source>
        <translation>正在校验并载入上报包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消，数据库未作任何改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package was refused and nothing was changed: %1</source>
        <translation>上报包被拒收，数据库未作任何改动：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load a package</source>
        <translation>载入上报包</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package&apos;s password:</source>
        <translation>上报包密码：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Latest of each</source>
        <translation>各乡镇最近一次</translation>
    </message>
    <message>
        <location filename="../fpdesk/ui/pages/exchange_tables.py" line="-31"/>
        <source>Full</source>
        <translation>全量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Revisions</source>
        <translation>修订号</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Check code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Received</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not received</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written and verified: %1 (%2 records). Read this check code to the county:</source>
        <translation>已生成并校验：%1（%2 条记录）。请将下面的校验码报给县里核对：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package %1 from %2: %3 new, %4 updated, %5 unchanged, %6 refused, %7 warnings.</source>
        <translation>上报包 %1（%2）：新增 %3，更新 %4，未变 %5，拒收 %6，警告 %7。</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <location filename="../fpdesk/ui/pages/quality.py" line="+39"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+94"/>
        <source>fpdesk — first-time set-up</source>
        <translation>fpdesk — 首次使用设置</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The office was created but could not be encrypted: %1</source>
        <translation>单位已创建，但数据库未能加密：%1</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../fpdesk/ui/search.py" line="+180"/>
        <source>Find a person (Ctrl+F): name, zxm, ID or household no.</source>
        <translation>查找人员（Ctrl+F）：姓名、拼音首字母、身份证号、户编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, pinyin initials (zxm), part of an ID number or a household number</source>
        <translation>姓名、拼音首字母（如 zxm）、身份证号的一部分或户编号</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location line="-188"/>
        <source>%1 (age %2)</source>
        <translation>%1（%2岁）</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../fpdesk/ui/pages/home.py" line="+47"/>
        <source>Registered population</source>
        <translation>户籍人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Resident population</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <location line="-9"/>
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
        <location line="+4"/>
        <source>Hukou basis: on the register or away (as report T1)</source>
        <translation>户籍口径：户籍在册和户籍外出（同统计报表 T1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident basis: on the register or arrived from elsewhere</source>
        <translation>常住口径：户籍在册和流入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident population (as report T3)</source>
        <translation>常住人口（同统计报表 T3）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Service reminders</source>
        <translation>提醒服务</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(office not set)</source>
        <translation>（未设置乡镇）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, live births counted as in report T2</source>
        <translation>%1，活产，口径同统计报表 T2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings → Backup and restore</source>
        <translation>系统设置 → 备份与恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup has been made yet: back up now (%1).</source>
        <translation>还没有备份：请立即备份（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last backup is %1 days old: back up now (%2).</source>
        <translation>最近一次备份已是 %1 天前：请立即备份（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every backup is on this computer&apos;s own disk: copy one to a USB stick (%1).</source>
        <translation>所有备份都在本机硬盘上：请复制一份到 U 盘（%1）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overdue %1 · Due %2</source>
        <translation>逾期 %1 · 到期 %2</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <location filename="../fpdesk/ui/person_header.py" line="+156"/>
        <source>Household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Village / group</source>
        <translation>村 / 组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a member to open her or his record</source>
        <translation>双击成员可打开其档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other members</source>
        <translation>其他家庭成员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group %1</source>
        <translation>%1组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>age %1</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no other members)</source>
        <translation>（无其他成员）</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/household.py" line="+68"/>
        <source>Edit household</source>
        <translation>编辑户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-child certificate no.</source>
        <translation>光荣证编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-daughter household</source>
        <translation>两女户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 digits: village 12 + group 2 + number 4</source>
        <translation>18 位：村代码 12 位 + 组号 2 位 + 户序号 4 位</translation>
    </message>
</context>
<context>
    <name>HouseholdTree</name>
    <message>
        <location filename="../fpdesk/ui/pages/records_tree.py" line="+34"/>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 household (%3)</source>
        <translation>%1 %2户（%3人）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no head) (%3)</source>
        <translation>%1（未定户主）（%3人）</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 (%2 households)</source>
        <translation>%1（%2户）</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <location filename="../fpdesk/ui/household_view.py" line="+44"/>
        <source>No group</source>
        <translation>未分组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group %1</source>
        <translation>%1组</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Choose a household on the left to see its members.</source>
        <translation>请在左侧选择一户，查看其家庭成员。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit household</source>
        <translation>编辑户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete household</source>
        <translation>删除户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another household</source>
        <translation>迁移到其他户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open person record</source>
        <translation>查看个人档案</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 household</source>
        <translation>%1户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household without a head</source>
        <translation>未定户主的家庭户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <translation>第 %1 户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One-child certificate %1</source>
        <translation>独生子女父母光荣证 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (issued %1)</source>
        <translation>（%1 发证）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-daughter household</source>
        <translation>两女户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members (%1)</source>
        <translation>家庭成员（%1人）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members (%1, %2 moved out or died)</source>
        <translation>家庭成员（%1人，另有迁出或死亡 %2 人）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This household has no members yet. Use “Add member” to register the head of household first.</source>
        <translation>该户还没有成员。请点击“添加成员”，先登记户主。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This household has no members.</source>
        <translation>该户没有成员。</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+97"/>
        <source>18-digit ID number</source>
        <translation>18 位身份证号码</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <location filename="../fpdesk/ui/person_header.py" line="-111"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current method</source>
        <translation>当前避孕方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>孕情</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>age %1</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (age %2)</source>
        <translation>%1（%2岁）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (since %2)</source>
        <translation>%1（%2起）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ongoing, due %1</source>
        <translation>妊娠中，预产期 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>妊娠中</translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <location filename="../fpdesk/ui/widgets/fields.py" line="+21"/>
        <source>Enter a whole number</source>
        <translation>请输入整数</translation>
    </message>
</context>
<context>
    <name>LedgersPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/ledgers.py" line="+25"/>
        <source>Every woman aged 15–49, by village, group and household.</source>
        <translation>每名 15–49 岁妇女一行，按村、组、户排列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every person on the register, by household.</source>
        <translation>每名在册人员一行，按户排列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every birth in the period.</source>
        <translation>时期内每次出生一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every death in the period.</source>
        <translation>时期内每例死亡一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every marriage event in the period.</source>
        <translation>时期内每次婚姻变动一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every migration event in the period.</source>
        <translation>时期内每次人口流动一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every contraception episode started or ended in the period.</source>
        <translation>时期内开始或结束的每项避孕节育措施一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every reproductive-health check in the period.</source>
        <translation>时期内每次生殖健康检查一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every follow-up, postnatal visit and counselling in the period.</source>
        <translation>时期内每次随访、产后访视和咨询一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every supply and folic-acid service in the period.</source>
        <translation>时期内每次药具发放和叶酸服务一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every benefit record of the benefit year (the calendar year the period ends in).</source>
        <translation>扶助年度（时期结束所在的公历年）的每条扶助记录一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One card per woman aged 15–49 of the village, each starting on a new page.</source>
        <translation>本村每名 15–49 岁妇女一张卡，每张卡另起一页。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole township</source>
        <translation>全乡镇</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Office card (full record)</source>
        <translation>办公室存档卡（完整信息）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village card (births only, ID and phone masked)</source>
        <translation>村级卡（只列生育，身份证号和电话遮盖）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>卡片样式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to print</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview and print…</source>
        <translation>预览和打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+50"/>
        <source>Registers and cards</source>
        <translation>帐表卡册</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Enter the first and last day of the period.</source>
        <translation>请填写时段的起止日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards are printed one village at a time: choose a village.</source>
        <translation>信息卡按村打印，请先选择村。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing %1…</source>
        <translation>正在生成%1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, %1 pages</source>
        <translation>，%1 页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1 (%2 rows%3).</source>
        <translation>已保存 %1（%2 行%3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 pages ready to print.</source>
        <translation>共 %1 页，可以打印。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
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
        <location filename="../fpdesk/ui/main_window.py" line="+40"/>
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
        <location line="+23"/>
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
    <name>MarriageDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/family.py" line="-100"/>
        <source>Correct marriage record</source>
        <translation>更正婚姻变动记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marriage event</source>
        <translation>婚姻变动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the event</source>
        <translation>变动日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also update the person&apos;s marital status</source>
        <translation>同时更新本人的婚姻状况</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also set the person&apos;s marital status to: %1, first marriage on %2</source>
        <translation>同时将本人的婚姻状况改为：%1，初婚日期记为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also set the person&apos;s marital status to: %1</source>
        <translation>同时将本人的婚姻状况改为：%1</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../fpdesk/ui/household_view.py" line="-288"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/migration.py" line="-31"/>
        <source>Correct migration record</source>
        <translation>更正流动/迁移记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migration</source>
        <translation>流动/迁移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the move</source>
        <translation>流动/迁移日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to / from</source>
        <translation>去向/来源地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact there</source>
        <translation>当地联系方式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also update the person&apos;s residence</source>
        <translation>同时更新本人的居住状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also set the person&apos;s residence to: %1</source>
        <translation>同时将本人的居住状态改为：%1</translation>
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
    <name>MoveDialog</name>
    <message>
        <location filename="../fpdesk/ui/pages/records_actions.py" line="+14"/>
        <source>Move to another household</source>
        <translation>迁移到其他户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to the household chosen below.</source>
        <translation>将 %1 迁入下面选中的家庭户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household number, or a member&apos;s name or initials</source>
        <translation>户编号，或成员姓名、拼音首字母</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to the new head:</source>
        <translation>与新户主关系：</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="-293"/>
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
        <location filename="../fpdesk/ui/pages/settings.py" line="+48"/>
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
        <translation>生殖健康检查间隔月数</translation>
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
    <name>PeriodPicker</name>
    <message>
        <location filename="../fpdesk/ui/widgets/period_picker.py" line="+27"/>
        <source>Statistical year</source>
        <translation>统计年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range</source>
        <translation>自定义时段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <location filename="../fpdesk/ui/person_detail.py" line="+76"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+143"/>
        <source>Print her card…</source>
        <translation>打印信息卡…</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Office card (full record)</source>
        <translation>办公室存档卡（完整信息）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village card (births only, ID and phone masked)</source>
        <translation>村级卡（只列生育，身份证号和电话遮盖）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>情况</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a record to correct it.</source>
        <translation>双击一条记录可查看或更正。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a record to see it.</source>
        <translation>双击一条记录可查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete record…</source>
        <translation>删除记录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a record entered by mistake or twice (with a reason)</source>
        <translation>删除录错或重复登记的记录（须填写原因）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records</source>
        <translation>档案记录</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No records yet</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marriage</source>
        <translation>婚姻</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth</source>
        <translation>生育</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>孕情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contraception</source>
        <translation>避孕节育</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Migration</source>
        <translation>流动/迁移</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Benefit</source>
        <translation>奖扶/补贴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marriage event</source>
        <translation>婚姻变动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register birth</source>
        <translation>出生登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy / outcome</source>
        <translation>孕情/妊娠结局</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contraceptive method</source>
        <translation>避孕措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Benefit / subsidy</source>
        <translation>奖扶/补贴</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The person has died</source>
        <translation>本人已死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct date of death</source>
        <translation>更正死亡日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the outcome…</source>
        <translation>登记妊娠结局…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New pregnancy…</source>
        <translation>登记新孕情…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change method…</source>
        <translation>更换方法…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the method…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a method…</source>
        <translation>开始使用避孕措施…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+12"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Delete this record of %1: %2?</source>
        <translation>删除%1的这条记录：%2？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete only a record entered by mistake or twice; correct a wrong detail instead (double-click). The deleted record is kept in the database, written to the audit log with the reason, and goes to the county with the next package.</source>
        <translation>只删除录错或重复登记的记录；内容有误请双击修改。删除的记录仍保留在数据库中，连同原因写入审计日志，并随下一个数据包报送县级。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/person.py" line="+100"/>
        <source>Edit person record</source>
        <translation>编辑人员档案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>She does not want health-check reminders</source>
        <translation>本人不需要健康检查提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Her own choice: she will not be listed for the health-check reminder.</source>
        <translation>本人的选择：生殖健康检查提醒名单中将不再列出她。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Birth date and sex filled in from the ID number</source>
        <translation>已按身份证号码填入出生日期和性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date and sex corrected to match the ID number</source>
        <translation>已按身份证号码改正出生日期和性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date filled in from the ID number</source>
        <translation>已按身份证号码填入出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date corrected to match the ID number</source>
        <translation>已按身份证号码改正出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex filled in from the ID number</source>
        <translation>已按身份证号码填入性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex corrected to match the ID number</source>
        <translation>已按身份证号码改正性别</translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <location filename="../fpdesk/ui/person_header.py" line="-94"/>
        <source>Birth</source>
        <translation>生育</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>孕情</translation>
    </message>
</context>
<context>
    <name>PlaceFilter</name>
    <message>
        <location filename="../fpdesk/ui/widgets/place_filter.py" line="+32"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All groups</source>
        <translation>全部组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group %1</source>
        <translation>%1组</translation>
    </message>
</context>
<context>
    <name>PregnancyDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/family.py" line="+12"/>
        <source>Pregnancy and its outcome</source>
        <translation>孕情与妊娠结局</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New pregnancy</source>
        <translation>孕情登记</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A live birth is entered with “Register birth”: the child, the birth and the outcome of this pregnancy are saved together.</source>
        <translation>活产请通过“出生登记”录入：孩子、出生记录和本次孕情的结局一并保存。</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/quality.py" line="+46"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Check</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>条数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Errors and warnings</source>
        <translation>错误和提示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All checks</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All townships</source>
        <translation>全部乡镇（汇总）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+118"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the list…</source>
        <translation>打印清单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the township&apos;s list as Excel…</source>
        <translation>保存该乡镇清单为 Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open person</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the record…</source>
        <translation>更正记录…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../fpdesk/ui/pages/quality_actions.py" line="+32"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the records…</source>
        <translation>正在检查记录…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The database file failed SQLite&apos;s own check: %1. Make a copy of the file now and ask for technical support; do not enter more records until it is repaired.</source>
        <translation>数据库文件未通过 SQLite 完整性检查：%1。请立即复制备份该文件并联系技术支持；修复前请勿继续录入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As of %1: %2 errors, %3 warnings</source>
        <translation>检查日期 %1：错误 %2 条，提示 %3 条</translation>
    </message>
    <message>
        <location filename="../fpdesk/ui/pages/quality_actions.py" line="+1"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Writing the list…</source>
        <translation>正在生成清单…</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/reconcile.py" line="+53"/>
        <location line="+1"/>
        <source>Reconcile with outside lists</source>
        <translation>数据核对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the hospital&apos;s birth list or the civil-affairs marriage registrations as a spreadsheet. Records match by ID number when their dates are at most 7 days apart.</source>
        <translation>读入卫生部门的出生名单或民政部门的婚姻登记名单（表格文件）。身份证号码相同且日期相差不超过 7 天即为一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Births (hospital deliveries, birth certificates)</source>
        <translation>出生（医院分娩、出生医学证明）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marriage registrations (civil affairs)</source>
        <translation>婚姻登记（民政）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load list…</source>
        <translation>读入名单…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Excel…</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List:</source>
        <translation>名单：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No list loaded.</source>
        <translation>尚未读入名单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>In fpdesk</source>
        <translation>本系统姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date in fpdesk</source>
        <translation>本系统日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days apart</source>
        <translation>相差天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Details</source>
        <translation>情况</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the outside list</source>
        <translation>仅在外部名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in fpdesk</source>
        <translation>仅在本系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Load list</source>
        <translation>读入名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reconciling…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreement %1%   ·   error rate (误差率) %2%</source>
        <translation>一致率 %1%   ·   误差率 %2%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, sheet “%2”, %3 – %4: %5 matched, %6 only in the list, %7 only in fpdesk.</source>
        <translation>%1，工作表“%2”，%3 至 %4：一致 %5 条，仅在外部名单 %6 条，仅在本系统 %7 条。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On file, this record missing</source>
        <translation>本系统有此人，缺这条记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on file</source>
        <translation>本系统无此人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register…</source>
        <translation>出生登记…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter…</source>
        <translation>婚姻变动…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matched (%1)</source>
        <translation>一致 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the outside list (%1)</source>
        <translation>仅在外部名单 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in fpdesk (%1)</source>
        <translation>仅在本系统 (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save as Excel</source>
        <translation>保存为Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../fpdesk/ui/widgets/forms.py" line="+293"/>
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
    <name>RecordsActions</name>
    <message>
        <location filename="../fpdesk/ui/pages/records_actions.py" line="+70"/>
        <source>Delete household</source>
        <translation>删除户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete household %1? It has no members.</source>
        <translation>删除家庭户 %1？该户没有成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add member to %1</source>
        <translation>添加成员 — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit person record — %1</source>
        <translation>编辑人员档案 — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move to another household</source>
        <translation>迁移到其他户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record of %1 has errors; correct them first:</source>
        <translation>%1 的档案有错误，请先更正：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 from household %2 to household %3?</source>
        <translation>将 %1 从家庭户 %2 迁移到家庭户 %3？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check these too:</source>
        <translation>另请核实：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already the head of that household.</source>
        <translation>该户已有户主 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete member</source>
        <translation>删除成员</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/records.py" line="+60"/>
        <source>Person records</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a household by village and group, or type its number or a name; double-click a member to open her record.</source>
        <translation>按村、组查找家庭户，或输入户编号、姓名；双击成员查看个人档案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household no. or name</source>
        <translation>户编号或姓名</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import from Excel…</source>
        <translation>导入Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconcile lists…</source>
        <translation>数据核对…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the hospital&apos;s births or the civil-affairs marriages with fpdesk</source>
        <translation>把卫生部门的出生名单或民政部门的婚姻登记与本系统核对</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Type one more character</source>
        <translation>请再输入一个字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 households found</source>
        <translation>找到 %1 户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No household found</source>
        <translation>没有找到符合的家庭户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../fpdesk/ui/recovery.py" line="+23"/>
        <source>Recovery code — fpdesk</source>
        <translation>恢复码 — fpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code printed when the office was encrypted. It lets an administrator set a new password.</source>
        <translation>请输入加密数据库时打印的恢复码。凭它可以为管理员设置新密码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery code:</source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator:</source>
        <translation>管理员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard.py" line="+112"/>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every administrator forgets the password, this code opens the office again. It is shown only now.</source>
        <translation>如果所有管理员都忘记了密码，凭这个恢复码可以重新打开数据库。它只显示这一次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print it or write it down, and keep it locked away, apart from the backups. Anyone holding the code and a copy of the database can read every record.</source>
        <translation>请打印或抄写下来，锁好保管，不要和备份放在一起。任何人拿到恢复码和数据库副本，就能读取全部记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have printed or written down the recovery code</source>
        <translation>我已打印或抄写了恢复码</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unencrypted copies left by fpdesk in this folder hold their records in clear. Remove them in Settings → Encryption once they are no longer needed:</source>
        <translation>此文件夹中有 fpdesk 以前留下的未加密副本，里面的记录是明文。确认不再需要后，请在 系统设置 → 数据库加密 中删除：</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../fpdesk/ui/pages/reminders.py" line="+37"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village / group</source>
        <translation>村 / 组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Group %1</source>
        <translation>%1组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location line="+25"/>
        <source>Service reminders</source>
        <translation>提醒服务</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due and overdue</source>
        <translation>到期和逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the list…</source>
        <translation>打印清单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as Excel…</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record the service…</source>
        <translation>办理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Declined by the person</source>
        <translation>本人拒绝</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Open record</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computing the list…</source>
        <translation>正在计算提醒清单…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Due %1 · Overdue %2</source>
        <translation>到期 %1 · 逾期 %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Record that %1 was offered this service today and declined it?</source>
        <translation>记录 %1 今天获提供此项服务并本人拒绝？</translation>
    </message>
    <message>
        <location filename="../fpdesk/ui/pages/reminder_export.py" line="+35"/>
        <source>Writing the list…</source>
        <translation>正在生成清单…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/reports.py" line="+40"/>
        <source>All townships</source>
        <translation>全部乡镇（汇总）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with a year earlier</source>
        <translation>与上年同期比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as Excel…</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>Statistical reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Births by month and sex ratio</source>
        <translation>出生（按月）与出生性别比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>男婴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Girls</source>
        <translation>女婴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex ratio (girls = 100)</source>
        <translation>灰色数字：出生性别比（女=100）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Married women by method (end of period)</source>
        <translation>已婚育龄妇女避孕方法构成（期末）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population pyramid (end of period)</source>
        <translation>人口金字塔（期末，户籍人口）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders: worked in the period, overdue today</source>
        <translation>提醒服务：期内已办理与今日逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worked</source>
        <translation>已办理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the first and last day of the period.</source>
        <translation>请填写时段的起止日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not compute the tables: %1</source>
        <translation>无法计算报表：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (%1)</source>
        <translation>（%1年度）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Writing the tables…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The whole file is checked before anything is written.</source>
        <translation>写入任何内容之前，先校验整个备份文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup chosen</source>
        <translation>尚未选择备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is encrypted: type a user name and password as they were when it was made, or its recovery code. After the restore the office opens with the same passwords.</source>
        <translation>备份已加密：请输入备份时的用户名和密码，或其恢复码。恢复后，单位数据库仍用这些密码登录。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>fpdesk backups (*.fpbak)</source>
        <translation>fpdesk 备份（*.fpbak）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the backup file first.</source>
        <translation>请先选择备份文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location line="+32"/>
        <source>fpdesk — restore from a backup</source>
        <translation>fpdesk — 从备份恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged database file is kept beside the restored one. The whole backup is checked before anything is written.</source>
        <translation>损坏的数据库文件会另存在恢复后的文件旁边。写入任何内容之前，先检查整个备份文件。</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../fpdesk/ui/models/roster_model.py" line="+68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village / group</source>
        <translation>村 / 组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current method (since)</source>
        <translation>现用措施（起始日期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check</source>
        <translation>末次健康检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence</source>
        <translation>居住状态</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Group %1</source>
        <translation>%1组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No current method</source>
        <translation>未采取措施</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 son(s) %2 daughter(s)</source>
        <translation>%1子%2女</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 son(s)</source>
        <translation>%1子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 daughter(s)</source>
        <translation>%1女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household number: %1</source>
        <translation>户编号：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full ID numbers are shown to clerks and administrators only</source>
        <translation>完整身份证号仅对专干和管理员显示</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../fpdesk/ui/search.py" line="+50"/>
        <source>Nobody found</source>
        <translation>没有找到匹配的人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first %1; type more to narrow the search</source>
        <translation>仅显示前 %1 人，请输入更多内容以缩小范围</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings_security.py" line="+24"/>
        <source>New recovery code…</source>
        <translation>新恢复码…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the unencrypted copies…</source>
        <translation>删除未加密副本…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These unencrypted copies, left by fpdesk, hold every record in clear: anyone who copies one can read names and ID numbers. Remove them once they are no longer needed (copies on a USB stick or elsewhere must be deleted there):</source>
        <translation>以下是 fpdesk 留下的未加密副本，里面是明文的全部记录：任何人拷走其中一个都能读取姓名和身份证号。确认不再需要后请删除（U 盘或其他位置的副本请在那里删除）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is not encrypted: anyone who copies it can read every record. To encrypt it, close fpdesk and run fpdesk encrypt (see docs/encryption.md).</source>
        <translation>数据库文件未加密：任何人拷走它都能读取全部记录。要加密，请关闭 fpdesk 后运行 fpdesk encrypt（见 docs/encryption.md）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file is encrypted (SQLCipher). Its key file %1 must stay beside it and travel with every copy. Users who can open it: %2</source>
        <translation>数据库文件已加密（SQLCipher）。密钥文件 %1 必须放在数据库旁边，复制时一同带上。能打开它的用户：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>New recovery code</source>
        <translation>新恢复码</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Make a new recovery code? The printed one no longer opens the office&apos;s current file, but it still opens the backups made before now (and restoring one of them makes it valid again). To retire it for good, delete those older backups, or make a new backup and remove the old ones.</source>
        <translation>生成新的恢复码吗？已打印的旧恢复码将不能再打开当前的数据库文件，但仍能打开此前做的备份（恢复其中一个备份后，旧恢复码又会有效）。要让旧恢复码彻底作废，请删除这些较早的备份，或者先做一个新备份再删除旧备份。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Remove the unencrypted copies</source>
        <translation>删除未加密副本</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete these %1 unencrypted copies? The encrypted office and its encrypted backups are kept.</source>
        <translation>删除这 %1 个未加密副本吗？加密的数据库和加密的备份都会保留。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Print it or write it down, and keep it locked away, apart from the backups. It is shown only now.</source>
        <translation>请打印或抄写下来，锁好保管，不要和备份放在一起。它只显示这一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/service.py" line="+54"/>
        <source>Correct service record</source>
        <translation>更正服务记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service date</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>She asked for a pregnancy test</source>
        <translation>本人要求查孕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy test result</source>
        <translation>查孕结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next appointment / referral follow-up</source>
        <translation>预约/转诊随访日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A normal outcome: the service was offered and the person chose not to take it.</source>
        <translation>这是正常的结果：已向本人提供该项服务，本人选择不接受。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="+71"/>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>Encryption</source>
        <translation>数据库加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/excel_import.py" line="-293"/>
        <source>Import this sheet</source>
        <translation>导入此工作表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Header found in row %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No header was recognised: choose the header row and the fields by hand.</source>
        <translation>未识别出表头：请手工选择表头行和各列对应的字段。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../fpdesk/ui/signin.py" line="+39"/>
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
        <location line="+3"/>
        <source>encrypted database</source>
        <translation>已加密的数据库</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+6"/>
        <source>Forgot the password? Use the recovery code…</source>
        <translation>忘记密码？使用恢复码…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New password set. Sign in with it.</source>
        <translation>新密码已设置，请用它登录。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../fpdesk/ui/wizard_restore.py" line="-158"/>
        <source>Welcome to fpdesk</source>
        <translation>欢迎使用 fpdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no office on this computer yet.</source>
        <translation>这台电脑上还没有单位数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a new office</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The township, its villages and groups, and the administrator.</source>
        <translation>设置乡镇、所辖村和村民小组，以及管理员账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new computer: choose the office&apos;s backup (.fpbak), for example on a USB stick. An encrypted backup opens with the passwords it was made with, or with its recovery code.</source>
        <translation>换了新电脑：选择本单位的备份文件（.fpbak），例如 U 盘上的。加密的备份用备份时的密码或其恢复码打开。</translation>
    </message>
</context>
<context>
    <name>SwitchMethodDialog</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/contraception.py" line="-35"/>
        <source>Change method</source>
        <translation>更换避孕方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current method: %1. Saving ends it (switched method) on the start date of the new one.</source>
        <translation>当前措施：%1。保存后，当前措施在新措施开始之日停用（停用原因：改用其他方法）。</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../fpdesk/ui/pages/settings.py" line="-120"/>
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
        <location filename="../fpdesk/ui/wizard.py" line="-131"/>
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
    <name>WomenPage</name>
    <message>
        <location filename="../fpdesk/ui/pages/women.py" line="+43"/>
        <source>Women of childbearing age</source>
        <translation>育龄妇女</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open record</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a woman or press Enter to open her record.</source>
        <translation>双击或按回车键查看档案。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any marital status</source>
        <translation>全部婚姻状况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never married</source>
        <translation>未婚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divorced or widowed</source>
        <translation>离婚、丧偶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any method</source>
        <translation>全部措施</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>No current method</source>
        <translation>未采取措施</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Any residence</source>
        <translation>全部居住状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, pinyin initials (zxm), ID or household number</source>
        <translation>姓名、拼音首字母（zxm）、身份证号或户编号</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Group %1</source>
        <translation>%1组</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 women</source>
        <translation>共 %1 人</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../fpdesk/ui/app.py" line="+30"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+26"/>
        <location line="+69"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>fpdesk could not open the database file.</source>
        <translation>fpdesk 无法打开数据库文件。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Making today&apos;s backup…</source>
        <translation>正在做今天的备份…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../fpdesk/ui/crash.py" line="+84"/>
        <source>fpdesk — database error</source>
        <translation>fpdesk — 数据库错误</translation>
    </message>
    <message>
        <location line="+12"/>
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
<context>
    <name>dialog</name>
    <message>
        <location filename="../fpdesk/ui/pdf_preview.py" line="+76"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../fpdesk/ui/dialogs/base.py" line="+30"/>
        <source>Spouse&apos;s name</source>
        <translation>配偶姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth certificate no.</source>
        <translation>出生医学证明编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device model</source>
        <translation>节育器/埋植剂型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided by</source>
        <translation>服务单位/人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed-choice form signed</source>
        <translation>已签署知情选择书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result / notes</source>
        <translation>结果/备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the person (the service was offered)</source>
        <translation>本人拒绝（已提供服务）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place code</source>
        <translation>地点代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../fpdesk/ui/dialogs/contraception.py" line="-64"/>
        <source>%1 (since %2)</source>
        <translation>%1（%2起）</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../fpdesk/ui/pages/reminder_actions.py" line="+52"/>
        <source>Complete: %1</source>
        <translation>办理：%1</translation>
    </message>
</context>
</TS>
