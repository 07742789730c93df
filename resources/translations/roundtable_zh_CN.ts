<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnualReportDialog</name>
    <message>
        <source>Annual Report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Dialogues &amp;matching:</source>
        <translation>符合搜索的对话(&amp;M)：</translation>
    </message>
    <message>
        <source>a search, e.g. org:UNEP year:2022</source>
        <translation>搜索条件，例如 org:UNEP year:2022</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <source>Write screenshots into DIR and quit.</source>
        <translation>将截图写入 DIR 后退出。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Contact Us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>One number a line</source>
        <translation>每行一个号码</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>传真(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>One address a line</source>
        <translation>每行一个地址</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>We&amp;Chat ID:</source>
        <translation>微信号(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be changed (no write permission, or a read-only disk); it is open read-only: you can read, search and export it, but not change it</source>
        <translation>%1 无法修改（没有写入权限，或磁盘为只读）；已以只读方式打开：可以阅读、检索和导出，但不能修改</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1 is not a Roundtable archive (not an SQLite database)</source>
        <translation>%1 不是 Roundtable 档案库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 已损坏，无法读取：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 (is the disk full or failing?)</source>
        <translation>%1 无法读取：%2（磁盘是否已满或出现故障？）</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Roundtable archive</source>
        <translation>%1 是 SQLite 数据库，但不是 Roundtable 档案库</translation>
    </message>
    <message>
        <source>%1 was written by a newer Roundtable (archive version %2, this program understands up to %3); please update the program</source>
        <translation>%1 由更新版本的 Roundtable 写入（档案库版本 %2，本程序最高支持 %3）；请更新程序</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1: no such archive</source>
        <translation>%1：没有这个档案库</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive</source>
        <translation>%1 是文件夹，不是档案库</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>%1 is not a Roundtable archive</source>
        <translation>%1 不是 Roundtable 档案库</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>缺少迁移脚本 %1</translation>
    </message>
    <message>
        <source>upgrading the archive to version %1 failed: %2</source>
        <translation>将档案库升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>档案库未打开</translation>
    </message>
    <message>
        <source>the archive is open read-only</source>
        <translation>档案库以只读方式打开</translation>
    </message>
    <message>
        <source>the archive is busy: another program is writing to it; try again</source>
        <translation>档案库正忙：另一个程序正在写入；请稍后重试</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>没有可提交的事务</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; nothing was written to it</source>
        <translation>%1 已损坏：%2；未向其写入任何内容</translation>
    </message>
    <message>
        <source>%1 is being closed; nothing was written to it</source>
        <translation>%1 正在关闭；未向其写入任何内容</translation>
    </message>
    <message>
        <source>%1: opening was cancelled</source>
        <translation>%1：打开已取消</translation>
    </message>
    <message>
        <source>%1 is a device or pipe, not a file; only a file can be an archive</source>
        <translation>%1 是设备或管道，不是文件；只有文件才能作为档案库</translation>
    </message>
    <message>
        <source>%1: cannot create the archive: %2</source>
        <translation>%1：无法创建档案库：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the archive: it could not be written completely (is the disk full?)</source>
        <translation>%1：无法创建档案库：未能完整写入（磁盘是否已满？）</translation>
    </message>
    <message>
        <source>%1: the check was cancelled</source>
        <translation>%1：检查已取消</translation>
    </message>
    <message>
        <source>the archive gave no id for the new record</source>
        <translation>档案库没有为新记录返回编号</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Roundtable archive (the database holds other tables); nothing was written to it</source>
        <translation>%1 不是 Roundtable 档案库（该数据库中有其他表）；未向其写入任何内容</translation>
    </message>
    <message>
        <source>%1: no such archive (the database is empty)</source>
        <translation>%1：没有这个档案库（数据库为空）</translation>
    </message>
    <message>
        <source>the archive&apos;s version cannot be read</source>
        <translation>无法读取档案库的版本</translation>
    </message>
</context>
<context>
    <name>DialogueEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Senior-level Roundtable Dialogue on …</source>
        <translation>……高级别圆桌对话</translation>
    </message>
    <message>
        <source>Referred to &amp;as:</source>
        <translation>简称(&amp;A)：</translation>
    </message>
    <message>
        <source>the Dialogue</source>
        <translation>本次对话</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>系列(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会场(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>所属活动(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. the 5th anniversary series of LMEC</source>
        <translation>例如：澜湄环境合作中心成立五周年系列活动</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参会人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Who took part: representatives from …</source>
        <translation>参会人员：来自……的代表</translation>
    </message>
    <message>
        <source>&amp;Organisations and topics</source>
        <translation>组织与议题(&amp;O)</translation>
    </message>
    <message>
        <source>Organisations, in the order the press release names them</source>
        <translation>组织，按新闻稿中提及的顺序排列</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>议题(&amp;O)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>说明(&amp;P)：</translation>
    </message>
    <message>
        <source>Add &amp;Topic</source>
        <translation>添加议题(&amp;T)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Speeches</source>
        <translation>发言(&amp;S)</translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation>拖动以调整顺序</translation>
    </message>
    <message>
        <source>Add S&amp;peech</source>
        <translation>添加发言(&amp;P)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>发言人(&amp;K)：</translation>
    </message>
    <message>
        <source>Type a name: “zhang” offers Zhang Yujun</source>
        <translation>输入姓名：输入“zhang”会提示 Zhang Yujun</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title that day:</source>
        <translation>当日职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Director-General</source>
        <translation>司长</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation>动词(&amp;V)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>发言内容</translation>
    </message>
    <message>
        <source>O&amp;utcome and press</source>
        <translation>成果与媒体(&amp;U)</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>成果(&amp;U)：</translation>
    </message>
    <message>
        <source>The participants unanimously expressed that …</source>
        <translation>与会各方一致表示……</translation>
    </message>
    <message>
        <source>Press &amp;contact:</source>
        <translation>媒体联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>“&amp;About” organisation:</source>
        <translation>“关于”组织(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Internal notes, not printed</source>
        <translation>内部备注，不会打印</translation>
    </message>
    <message>
        <source>New Or&amp;ganisation…</source>
        <translation>新建组织(&amp;G)…</translation>
    </message>
    <message>
        <source>Enter an organisation not yet in the archive; it is added here in the role chosen below once saved</source>
        <translation>录入档案库中尚无的组织；保存后按下方所选角色加入此处</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>Import Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The rows &amp;are:</source>
        <translation>各行是(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Columns: which field each column fills (a sheet with the same headers gets the same choice next time)</source>
        <translation>列(&amp;C)：每一列填入哪个字段（下次遇到列标题相同的表格时沿用此选择）</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>前几行预览(&amp;P)：</translation>
    </message>
    <message>
        <source>Rows that cannot be taken (nothing is imported while there are any) and rows already in the archive (left out)</source>
        <translation>无法导入的行（只要有，就不导入任何内容）和已在档案中的行（不导入）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Guided by</source>
        <translation>指导单位</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Co-organiser</source>
        <translation>联合主办单位</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>支持单位</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <source>Opening remarks</source>
        <translation>开幕致辞</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎致辞</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>主旨发言</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>专题报告</translation>
    </message>
    <message>
        <source>Presiding</source>
        <translation>主持</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>与谈嘉宾</translation>
    </message>
    <message>
        <source>Closing remarks</source>
        <translation>闭幕致辞</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>线上线下结合</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Honorific and family name (Dr. Zhang)</source>
        <translation>称谓加姓（Dr. Zhang）</translation>
    </message>
    <message>
        <source>Honorific and given name (Mr. Noppadon)</source>
        <translation>称谓加名（Mr. Noppadon）</translation>
    </message>
    <message>
        <source>Honorific and full name (Dr. Dechen Tsering)</source>
        <translation>称谓加全名（Dr. Dechen Tsering）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the current list</source>
        <translation>筛选当前列表</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Roundtable</source>
        <translation>关于 Roundtable(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge People</source>
        <translation>合并人员</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>Removed: its speeches move to the other</source>
        <translation>删除：其发言移至另一人</translation>
    </message>
    <message>
        <source>&amp;Swap ⇄</source>
        <translation>互换(&amp;S) ⇄</translation>
    </message>
    <message>
        <source>Keep the person on the left instead</source>
        <translation>改为保留左边的人员</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. LMEC</source>
        <translation>例如：LMEC</translation>
    </message>
    <message>
        <source>Name in own s&amp;cript:</source>
        <translation>原文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>隶属于(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>简介(&amp;A)：</translation>
    </message>
    <message>
        <source>The “About” paragraph printed at the end of press releases</source>
        <translation>新闻稿末尾印出的“关于”段落</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>&amp;Honorific:</source>
        <translation>尊称(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>Family name &amp;first (as in Chinese, Vietnamese)</source>
        <translation>姓在前(&amp;F)（如中文、越南文）</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>写作：</translation>
    </message>
    <message>
        <source>Name in own &amp;script:</source>
        <translation>原文姓名(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 张玉军</source>
        <translation>例如：张玉军</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Spoke at</source>
        <translation>发言记录</translation>
    </message>
    <message>
        <source>S&amp;wap Family and Given Name</source>
        <translation>互换姓和名(&amp;W)</translation>
    </message>
    <message>
        <source>The family name was typed where the given name goes, or the other way round: swap them and the order they are written in</source>
        <translation>姓填在了名的位置，或名填在了姓的位置：互换两者及其书写顺序</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Press releases</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Beside the archive, in ARCHIVE.backups</source>
        <translation>档案库旁边的 ARCHIVE.backups 中</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;At most one every:</source>
        <translation>最多每隔(&amp;A)：</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when Roundtable is started again.</source>
        <translation>新的语言将在重新启动 Roundtable 后生效。</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>标志(&amp;L)：</translation>
    </message>
    <message>
        <source>No logo (PNG, JPEG, GIF, BMP or WebP, up to 4 MB)</source>
        <translation>无标志（PNG、JPEG、GIF、BMP 或 WebP，不超过 4 MB）</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Letterhead &amp;colours:</source>
        <translation>信头颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Headline…</source>
        <translation>标题(&amp;H)…</translation>
    </message>
    <message>
        <source>La&amp;bels…</source>
        <translation>标签(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>PressReleaseBatchWriter</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PressReleaseEditorDialog</name>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>标题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation>电头(&amp;D)：</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Embargo until:</source>
        <translation>禁发至(&amp;E)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>重新生成(&amp;R)</translation>
    </message>
    <message>
        <source>Write the text again from the dialogue&apos;s record</source>
        <translation>根据对话记录重新撰写正文</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>修订记录(&amp;V)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Back to &amp;Draft</source>
        <translation>退回草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>PressReleaseExporter</name>
    <message>
        <source>dialogue %1 does not exist</source>
        <translation>对话 %1 不存在</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>PressReleaseTemplates</name>
    <message>
        <source>&quot;%1&quot; is not a template name</source>
        <translation>“%1”不是模板名称</translation>
    </message>
    <message>
        <source>cannot read template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>no template named &quot;%1&quot; (available: %2)</source>
        <translation>没有名为“%1”的模板（可用：%2）</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Press contact</source>
        <translation>新闻联系人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>下属机构</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Spoke for it</source>
        <translation>代表其发言的人员</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Press contact of</source>
        <translation>作为新闻联系人</translation>
    </message>
    <message>
        <source>%1 dialogues</source>
        <translation>%1 场对话</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>禁发时间</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>上次保存</translation>
    </message>
    <message>
        <source>Open it (Enter) to read, edit, print or export the text.</source>
        <translation>打开（回车）以阅读、编辑、打印或导出正文。</translation>
    </message>
    <message>
        <source>Open the press release</source>
        <translation>打开新闻稿</translation>
    </message>
</context>
<context>
    <name>ReleaseReviewDialog</name>
    <message>
        <source>Import Press Releases</source>
        <translation>导入新闻稿</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>The release as written (the selected field&apos;s text is marked):</source>
        <translation>新闻稿原文（所选字段的出处已标出）：</translation>
    </message>
    <message>
        <source>The proposed &amp;record (double-click or F2 to edit a value):</source>
        <translation>拟建的记录(&amp;R)（双击或按 F2 编辑）：</translation>
    </message>
    <message>
        <source>Add Spee&amp;ch</source>
        <translation>添加发言(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;emove Speech</source>
        <translation>删除发言(&amp;E)</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>所选项</translation>
    </message>
    <message>
        <source>Select a speech, the contact or About in the list to edit it here.</source>
        <translation>在列表中选择一篇发言、联系人或“关于”，即可在此编辑。</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>发言人(&amp;K)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>T&amp;itle that day:</source>
        <translation>当日职务(&amp;I)：</translation>
    </message>
    <message>
        <source>Or&amp;ganisation that day:</source>
        <translation>当日所属机构(&amp;G)：</translation>
    </message>
    <message>
        <source>In the archive:</source>
        <translation>档案中：</translation>
    </message>
    <message>
        <source>Reporting &amp;verb:</source>
        <translation>转述动词(&amp;V)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>机构(&amp;G)：</translation>
    </message>
    <message>
        <source>Abo&amp;ut text:</source>
        <translation>“关于”文字(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>此 SQLite 不支持全文检索（FTS5）</translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation>无法注册检索分词器：%1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>&amp;Search Dialogues…</source>
        <translation>检索对话(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open Dialogue</source>
        <translation>打开对话(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>the archive is not open</source>
        <translation>档案库未打开</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address (postgresql://…)</source>
        <translation>%1 不是服务器地址（postgresql://…）</translation>
    </message>
    <message>
        <source>%1 is not a valid server address: %2</source>
        <translation>%1 不是有效的服务器地址：%2</translation>
    </message>
    <message>
        <source>a server address may not hold a password (it would be stored and shown): use ~/.pgpass, PGPASSWORD or a service file</source>
        <translation>服务器地址中不能包含密码（否则会被保存和显示）：请使用 ~/.pgpass、PGPASSWORD 或服务文件</translation>
    </message>
    <message>
        <source>%1: the port must be a number from 1 to 65535</source>
        <translation>%1：端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1: the value of %2 may not contain &apos;;&apos;</source>
        <translation>%1：%2 的值不能包含“;”</translation>
    </message>
    <message>
        <source>%1: unknown connection parameter &quot;%2&quot;</source>
        <translation>%1：未知的连接参数“%2”</translation>
    </message>
    <message>
        <source>%1 names no database (postgresql://host/DATABASE)</source>
        <translation>%1 没有指明数据库（postgresql://host/DATABASE）</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>this login may not read this archive; ask its owner for access</source>
        <translation>此登录名无权读取此档案；请向其所有者申请访问权限</translation>
    </message>
    <message>
        <source>this login (%1) may not read this archive; ask its owner to grant %2 or %3</source>
        <translation>此登录名（%1）无权读取此档案；请其所有者授予 %2 或 %3</translation>
    </message>
    <message>
        <source>this login may read, search and export this archive but not change it</source>
        <translation>此登录名可以读取、搜索和导出此档案，但不能修改</translation>
    </message>
    <message>
        <source>this login (%1) may read, search and export this archive but not change it; to change it, ask its owner to grant %2</source>
        <translation>此登录名（%1）可以读取、搜索和导出此档案，但不能修改；如需修改，请其所有者授予 %2</translation>
    </message>
    <message>
        <source>this login (%1) may not make a new archive in this database; its owner can, with roundtable server-init; nothing was written to it</source>
        <translation>此登录名（%1）无权在此数据库中新建档案；数据库所有者可以用 roundtable server-init 新建；未写入任何内容</translation>
    </message>
    <message>
        <source>the archive is at version %1 and this program needs version %2: it needs upgrading by its owner (roundtable server-init, or opening it as the owner); nothing was written to it</source>
        <translation>档案版本为 %1，本程序需要版本 %2：需由其所有者升级（运行 roundtable server-init，或以所有者身份打开）；未写入任何内容</translation>
    </message>
    <message>
        <source>this login (%1) does not own the archive&apos;s tables; run server-init as the owner of the database or as a superuser</source>
        <translation>此登录名（%1）不是档案各表的所有者；请以数据库所有者或超级用户身份运行 server-init</translation>
    </message>
    <message>
        <source>this login (%1) may not create roles; run server-init as a superuser or as a login with CREATEROLE</source>
        <translation>此登录名（%1）无权创建角色；请以超级用户或具有 CREATEROLE 权限的登录名运行 server-init</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>may read, search and export</source>
        <translation>可以读取、搜索和导出</translation>
    </message>
    <message>
        <source>may also change the records</source>
        <translation>还可以修改记录</translation>
    </message>
    <message>
        <source>role %1 exists (%2)</source>
        <translation>角色 %1 已存在（%2）</translation>
    </message>
    <message>
        <source>role %1 created (%2)</source>
        <translation>已创建角色 %1（%2）</translation>
    </message>
    <message>
        <source>%1 may connect to %2 and read every table of the archive</source>
        <translation>%1 可以连接 %2 并读取档案的所有表</translation>
    </message>
    <message>
        <source>%1 is in %2 and may also insert, update and delete in every table</source>
        <translation>%1 属于 %2，还可以在所有表中插入、更新和删除</translation>
    </message>
    <message>
        <source>tables that later upgrades make are granted the same</source>
        <translation>以后升级新建的表也授予同样的权限</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 上的进程 %1</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>the archive is not open</source>
        <translation>档案未打开</translation>
    </message>
    <message>
        <source>the figures could not be counted: %1</source>
        <translation>无法统计数字：%1</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Speaker only</source>
        <translation>仅发言</translation>
    </message>
    <message>
        <source>Dialogues per year</source>
        <translation>每年对话数</translation>
    </message>
    <message>
        <source>Dialogues per month</source>
        <translation>每月对话数</translation>
    </message>
    <message>
        <source>Dialogues by country</source>
        <translation>各国对话数</translation>
    </message>
    <message>
        <source>Dialogues by city</source>
        <translation>各城市对话数</translation>
    </message>
    <message>
        <source>Dialogues by format</source>
        <translation>各形式对话数</translation>
    </message>
    <message>
        <source>Partner organisations by dialogues</source>
        <translation>合作组织（按对话数）</translation>
    </message>
    <message>
        <source>Partner organisations by role</source>
        <translation>合作组织（按角色）</translation>
    </message>
    <message>
        <source>Speakers by dialogues</source>
        <translation>发言人（按对话数）</translation>
    </message>
    <message>
        <source>Speakers by organisation (dialogues)</source>
        <translation>发言人所属组织（对话数）</translation>
    </message>
    <message>
        <source>Speakers by country of their organisation (dialogues)</source>
        <translation>发言人所属组织的国家（对话数）</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Dialogues per month (the latest %1 months)</source>
        <translation>每月对话数（最近 %1 个月）</translation>
    </message>
    <message>
        <source>%1: no dialogues</source>
        <translation>%1：无对话</translation>
    </message>
    <message>
        <source>Made by Roundtable</source>
        <translation>由 Roundtable 生成</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>StatisticsWidget</name>
    <message>
        <source>the archive is not open</source>
        <translation>档案库未打开</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>import a roundtable/1 JSON file (all or nothing)</source>
        <translation>导入 roundtable/1 JSON 文件（全部导入或全部不导入）</translation>
    </message>
    <message>
        <source>export the whole archive as roundtable/1 JSON</source>
        <translation>将整个档案库导出为 roundtable/1 JSON</translation>
    </message>
    <message>
        <source>fill the archive with the reference dialogue</source>
        <translation>用参考对话填充档案库</translation>
    </message>
    <message>
        <source>check the archive&apos;s integrity; exit 1 on damage (never writes)</source>
        <translation>检查档案库的完整性；发现损坏时以状态 1 退出（从不写入）</translation>
    </message>
    <message>
        <source>write a consistent copy of the archive, even while it is in use</source>
        <translation>写入档案库的一致性副本，即使档案库正在使用中</translation>
    </message>
    <message>
        <source>put a backup (a file, or &quot;latest&quot;) in the archive&apos;s place; the archive is kept aside</source>
        <translation>用备份（文件，或“latest”表示最新备份）替换档案库；原档案库另行保留</translation>
    </message>
    <message>
        <source>list the archive&apos;s automatic backups</source>
        <translation>列出档案库的自动备份</translation>
    </message>
    <message>
        <source>search the dialogues (--json, --limit N)</source>
        <translation>检索对话（--json, --limit N）</translation>
    </message>
    <message>
        <source>rebuild the search index from the records</source>
        <translation>根据记录重建检索索引</translation>
    </message>
    <message>
        <source>write a dialogue&apos;s press release (--output FILE, PDF, HTML or ODT)</source>
        <translation>撰写对话的新闻稿（--output FILE，PDF、HTML 或 ODT）</translation>
    </message>
    <message>
        <source>Print every figure as one JSON object.</source>
        <translation>以一个 JSON 对象输出全部数字。</translation>
    </message>
    <message>
        <source>Rank at most N cities, partners and speakers (default %1; 0: all).</source>
        <translation>城市、合作机构和发言人最多排出前 N 名（默认 %1；0 表示全部）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Count the dialogues QUERY matches (all of them without a query): per year, month, country, city and format, partner organisations by role, and speakers. QUERY is a search as for roundtable search, e.g. roundtable stats year:2022 org:UNEP.</source>
        <translation>统计 QUERY 匹配的对话（不给查询时统计全部）：按年份、月份、国家、城市和形式，按角色统计合作机构，以及发言人。QUERY 与 roundtable search 的查询相同，例如 roundtable stats year:2022 org:UNEP。</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>--top needs a whole number of 0 or more</source>
        <translation>--top 需要一个大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>Dialogues: %1  Speeches: %2  Speakers: %3  Organisations: %4</source>
        <translation>对话：%1  发言：%2  发言人：%3  机构：%4</translation>
    </message>
    <message>
        <source>By year:</source>
        <translation>按年份：</translation>
    </message>
    <message>
        <source>By format:</source>
        <translation>按形式：</translation>
    </message>
    <message>
        <source>By country:</source>
        <translation>按国家：</translation>
    </message>
    <message>
        <source>By city:</source>
        <translation>按城市：</translation>
    </message>
    <message>
        <source>Partner organisations:</source>
        <translation>合作机构：</translation>
    </message>
    <message>
        <source>spoke %1</source>
        <translation>发言 %1</translation>
    </message>
    <message>
        <source>Speakers (dialogues, speeches):</source>
        <translation>发言人（对话数，发言数）：</translation>
    </message>
    <message>
        <source>count dialogues by year, country, format, partner and speaker (--json, --top N)</source>
        <translation>按年份、国家、形式、合作机构和发言人统计对话（--json、--top N）</translation>
    </message>
    <message>
        <source>write the annual report of YEAR (or --query QUERY) as a PDF booklet (--output FILE)</source>
        <translation>将 YEAR（或 --query QUERY）的年度报告写成 PDF 手册（--output FILE）</translation>
    </message>
    <message>
        <source>read a past press release (text, HTML, .docx, PDF) into a proposed dialogue (--json)</source>
        <translation>将以往的新闻稿（文本、HTML、.docx、PDF）读成拟建的对话记录（--json）</translation>
    </message>
    <message>
        <source>import a CSV or XLSX sheet (--kind people|organisations|contacts|dialogues)</source>
        <translation>导入 CSV 或 XLSX 表格（--kind people|organisations|contacts|dialogues）</translation>
    </message>
    <message>
        <source>write people and contacts as vCard 4.0 (an address book)</source>
        <translation>将人员和联系方式写成 vCard 4.0（通讯录）</translation>
    </message>
    <message>
        <source>import people and contacts from a vCard file (all or nothing)</source>
        <translation>从 vCard 文件导入人员和联系方式（全部导入或都不导入）</translation>
    </message>
    <message>
        <source>write dialogues as iCalendar events (all, or those QUERY matches)</source>
        <translation>将对话写成 iCalendar 事件（全部，或 QUERY 匹配的）</translation>
    </message>
    <message>
        <source>copy a whole archive into a new or empty one: a file or a postgresql:// address, either way</source>
        <translation>将整个档案库复制到新的或空的档案库：文件或 postgresql:// 地址，两个方向均可</translation>
    </message>
    <message>
        <source>make a PostgreSQL database a team archive, with its reader and editor roles (run by its owner)</source>
        <translation>将 PostgreSQL 数据库设为团队档案，并创建其读者和编辑者角色（由其所有者运行）</translation>
    </message>
</context>
<context>
    <name>rt::AnnualReport</name>
    <message>
        <source>“%1” is not a year (four digits, e.g. 2022)</source>
        <translation>“%1”不是年份（四位数字，例如 2022）</translation>
    </message>
    <message>
        <source>give a year or a search query</source>
        <translation>请给出年份或搜索条件</translation>
    </message>
    <message>
        <source>there are no dialogues in %1</source>
        <translation>%1 年没有对话</translation>
    </message>
    <message>
        <source>no dialogue matches “%1”</source>
        <translation>没有符合“%1”的对话</translation>
    </message>
    <message>
        <source>the dialogues could not be read: %1</source>
        <translation>无法读取对话：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the date of a dialogue in the report (QLocale format)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Annual Report %1</source>
        <translation>%1 年度报告</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>The dialogues of %1</source>
        <translation>%1 年的对话</translation>
    </message>
    <message>
        <source>The dialogues matching “%1”</source>
        <translation>符合“%1”的对话</translation>
    </message>
    <message>
        <source>Made with Roundtable on %1</source>
        <translation>由 Roundtable 于 %1 生成</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n 场对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n 次发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n 位发言人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n 个组织</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Dialogues per month</source>
        <translation>每月对话数</translation>
    </message>
    <message>
        <source>Dialogues per month, %1</source>
        <translation>%1 年每月对话数</translation>
    </message>
    <message>
        <source>Dialogues per year</source>
        <translation>每年对话数</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Dialogues by format</source>
        <translation>按形式统计的对话</translation>
    </message>
    <message>
        <source>Dialogues by country</source>
        <translation>按国家统计的对话</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>spoke at %1</source>
        <translation>发言 %1 次</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>合作组织</translation>
    </message>
    <message>
        <source>Dialogues each took part in, and in what role.</source>
        <translation>各组织参与的对话数及其角色。</translation>
    </message>
    <message>
        <source>Dialogues each spoke at.</source>
        <translation>各发言人发言的对话数。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;日期：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;地点：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Format:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;形式：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;状态：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Series:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;系列：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>议题：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>成果：</translation>
    </message>
</context>
<context>
    <name>rt::Archive</name>
    <message>
        <source>an organisation cannot be placed under one of its own sub-organisations</source>
        <translation>组织不能放在其下属组织之下</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-organisation(s)</source>
        <translation>
            <numerusform>%n 个下属组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n 场对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n 次发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>this organisation is still used by %1</source>
        <translation>该组织仍被 %1 使用</translation>
    </message>
    <message>
        <source>%1 has %2 speech(es) in the archive and cannot be deleted; merge this person into another instead, so that no speech is lost</source>
        <translation>%1 在档案库中有 %2 次发言，无法删除；请改为将此人合并到另一人员，以免丢失任何发言</translation>
    </message>
    <message>
        <source>a person cannot be merged into themselves</source>
        <translation>人员不能与自己合并</translation>
    </message>
    <message>
        <source>no such person</source>
        <translation>没有这个人员</translation>
    </message>
    <message numerus="yes">
        <source>this dialogue has %n press release(s); delete them first</source>
        <translation>
            <numerusform>此对话有 %n 篇新闻稿；请先删除它们</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ArchiveCopy</name>
    <message>
        <source>%1 is at archive version %2 and %3 at version %4; open the older one for writing once to upgrade it</source>
        <translation>%1 的档案库版本为 %2，%3 的版本为 %4；请以可写方式打开较旧的一个一次以升级</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 already holds records; an archive is only copied into an empty one</source>
        <translation>%1 中已有记录；档案库只能复制到空的档案库中</translation>
    </message>
    <message>
        <source>the copy was cancelled; nothing was written to %1</source>
        <translation>复制已取消；未向 %1 写入任何内容</translation>
    </message>
    <message>
        <source>%1: copying %2 failed: %3</source>
        <translation>%1：复制 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1 is at archive version %2 and %3 at version %4; nothing was replaced</source>
        <translation>%1 的档案版本为 %2，%3 的版本为 %4；未替换任何内容</translation>
    </message>
</context>
<context>
    <name>rt::AutoBackup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>rt::ChinesePressRelease</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>活动背景</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>发言摘要</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>About text</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <source>dialogue %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>机构 %1</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>speech %1 (%2)</source>
        <translation>发言 %1（%2）</translation>
    </message>
    <message>
        <source>topic %1 of %2</source>
        <translation>%2 的议题 %1</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>联系方式 %1</translation>
    </message>
    <message>
        <source>no Chinese text for %1</source>
        <translation>缺少中文内容：%1</translation>
    </message>
</context>
<context>
    <name>rt::ContentLines</name>
    <message>
        <source>line %1: no colon between the property&apos;s name and its value</source>
        <translation>第 %1 行：属性名与值之间没有冒号</translation>
    </message>
    <message>
        <source>line %1: a property without a name</source>
        <translation>第 %1 行：属性没有名称</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a property name</source>
        <translation>第 %1 行：“%2”不是属性名</translation>
    </message>
    <message>
        <source>line %1: the quoted value of parameter %2 is never closed</source>
        <translation>第 %1 行：参数 %2 带引号的值没有结束</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>第 %1 行：文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>line %1: a property longer than %2 bytes</source>
        <translation>第 %1 行：属性超过 %2 字节</translation>
    </message>
</context>
<context>
    <name>rt::ICalendar</name>
    <message>
        <source>the dialogues could not be read: %1</source>
        <translation>无法读取对话：%1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>议题：%1</translation>
    </message>
</context>
<context>
    <name>rt::InputFile</name>
    <message>
        <source>%1: the file is larger than %2 MB, the most import reads</source>
        <translation>%1：文件超过 %2 MB，这是导入可读取的上限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a regular file; import reads only files</source>
        <translation>%1：不是普通文件；导入只读取文件</translation>
    </message>
</context>
<context>
    <name>rt::Interchange</name>
    <message>
        <source>%1 is not a format this program reads (expected &quot;roundtable/1&quot;)</source>
        <translation>%1 不是本程序可读取的格式（应为“roundtable/1”）</translation>
    </message>
    <message>
        <source>an organisation cannot be its own parent</source>
        <translation>组织不能是自己的上级组织</translation>
    </message>
    <message>
        <source>the parents of this organisation form a cycle</source>
        <translation>该组织的上级组织构成了循环</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>not a roundtable/1 file: the top level must be an object with &quot;format&quot;: &quot;roundtable/1&quot;</source>
        <translation>不是 roundtable/1 文件：顶层必须是带有 &quot;format&quot;: &quot;roundtable/1&quot; 的对象</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>duplicate key %1 (also at %2)</source>
        <translation>重复的键 %1（另见 %2）</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>新增 %1 条，更新 %2 条，未变 %3 条</translation>
    </message>
    <message>
        <source>a record with key %1 was added by someone else during the import; nothing was imported</source>
        <translation>导入期间他人已添加键为 %1 的记录；未导入任何内容</translation>
    </message>
    <message>
        <source>the record with key %1 was deleted by someone else during the import; nothing was imported</source>
        <translation>导入期间他人已删除键为 %1 的记录；未导入任何内容</translation>
    </message>
    <message>
        <source>the record with key %1 was changed by someone else during the import (version %2, now %3); nothing was imported</source>
        <translation>导入期间他人已修改键为 %1 的记录（版本 %2，现为 %3）；未导入任何内容</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>导入已取消；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>rt::JsonTextCheck</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>this field appears twice in the same object</source>
        <translation>此字段在同一对象中出现了两次</translation>
    </message>
    <message>
        <source>\u%1 is half of a surrogate pair without its first half; it is not a character</source>
        <translation>\u%1 是缺少前半部分的代理对的一半，不是字符</translation>
    </message>
    <message>
        <source>\u%1 is half of a surrogate pair without its second half; it is not a character</source>
        <translation>\u%1 是缺少后半部分的代理对的一半，不是字符</translation>
    </message>
    <message>
        <source>the byte 0x%1 is not UTF-8 text</source>
        <translation>字节 0x%1 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the control character %1 is not allowed in text</source>
        <translation>文本中不允许出现控制字符 %1</translation>
    </message>
    <message>
        <source>longer than %1 characters, the most a field may hold</source>
        <translation>超过 %1 个字符，即一个字段可容纳的上限</translation>
    </message>
</context>
<context>
    <name>rt::KeyResolver</name>
    <message>
        <source>duplicate key %1 (also at %2)</source>
        <translation>重复的键 %1（另见 %2）</translation>
    </message>
    <message>
        <source>no %1 with key %2</source>
        <translation>没有键为 %2 的%1</translation>
    </message>
</context>
<context>
    <name>rt::Letterhead</name>
    <message>
        <source>the logo %1 does not exist</source>
        <translation>标志文件 %1 不存在</translation>
    </message>
    <message>
        <source>the logo %1 is not a file</source>
        <translation>标志 %1 不是文件</translation>
    </message>
    <message>
        <source>the logo %1 is larger than %2 MB; save it smaller</source>
        <translation>标志 %1 大于 %2 MB；请另存为较小的文件</translation>
    </message>
    <message>
        <source>cannot read the logo %1: %2</source>
        <translation>无法读取标志 %1：%2</translation>
    </message>
    <message>
        <source>the logo %1 is not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>标志 %1 不是 PNG、JPEG、GIF、BMP 或 WebP 图像</translation>
    </message>
    <message>
        <source>the logo %1 is larger than %2 × %2 pixels; save it smaller</source>
        <translation>标志 %1 大于 %2 × %2 像素；请另存为较小的图像</translation>
    </message>
    <message>
        <source>the logo %1 cannot be read as an image: %2</source>
        <translation>标志 %1 无法作为图像读取：%2</translation>
    </message>
    <message>
        <source>the template&apos;s %1 &quot;%2&quot; is not a colour (write it as #rrggbb)</source>
        <translation>模板的 %1“%2”不是颜色（请写成 #rrggbb）</translation>
    </message>
    <message>
        <source>the template&apos;s logo &quot;%1&quot; must be a file name beside the template, not a path</source>
        <translation>模板的标志“%1”必须是与模板同一文件夹中的文件名，不能是路径</translation>
    </message>
</context>
<context>
    <name>rt::Maintenance</name>
    <message>
        <source>integrity check failed: %1</source>
        <translation>完整性检查失败：%1</translation>
    </message>
    <message>
        <source>foreign-key check failed: %1</source>
        <translation>外键检查失败：%1</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>archive version %1 is older than %2; opening it for writing will upgrade it</source>
        <translation>档案库版本 %1 低于 %2；以写入方式打开时将会升级</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>the backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>the backup copy failed its check: %1</source>
        <translation>备份副本未通过检查：%1</translation>
    </message>
    <message>
        <source>%1: cannot write the backup: %2</source>
        <translation>%1：无法写入备份：%2</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <source>the backup was cancelled</source>
        <translation>备份已取消</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup is only written to a file</source>
        <translation>%1 不是普通文件；备份只能写入文件</translation>
    </message>
    <message>
        <source>the check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>缺少表 %1</translation>
    </message>
    <message>
        <source>%1 of table %2 is not enforced</source>
        <translation>表 %2 的 %1 未生效</translation>
    </message>
    <message>
        <source>only a server archive is backed up through its open connection</source>
        <translation>只有服务器档案才通过已打开的连接备份</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
</context>
<context>
    <name>rt::ObjectReader</name>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a key must not begin or end with spaces</source>
        <translation>键的开头和结尾不能有空格</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>a key must not contain control characters (found U+%1)</source>
        <translation>键不得包含控制字符（发现 U+%1）</translation>
    </message>
    <message>
        <source>an empty object: give the text as a string, or as {&quot;en&quot;: &quot;…&quot;, &quot;zh&quot;: &quot;…&quot;}</source>
        <translation>空对象：请把文本写成字符串，或写成 {&quot;en&quot;: &quot;…&quot;, &quot;zh&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected a string (the text in this language)</source>
        <translation>应为字符串（该语言的文本）</translation>
    </message>
    <message>
        <source>the English text is required (&quot;en&quot;), beside the other languages</source>
        <translation>除其他语言外，还必须有英文文本（&quot;en&quot;）</translation>
    </message>
</context>
<context>
    <name>rt::OutputFile</name>
    <message>
        <source>%1: no space left on the device</source>
        <translation>%1：设备上没有剩余空间</translation>
    </message>
    <message>
        <source>%1: no space left on %2</source>
        <translation>%1：%2 上没有剩余空间</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1 is a disk device; it is not written</source>
        <translation>%1 是磁盘设备；不会写入</translation>
    </message>
    <message>
        <source>%1 is the archive %2 itself (or one of its files); it is not overwritten</source>
        <translation>%1 就是档案库 %2 本身（或其文件之一）；不会覆盖</translation>
    </message>
    <message>
        <source>%1 is in the backup folder of %2; backups are not overwritten</source>
        <translation>%1 位于 %2 的备份文件夹中；备份不会被覆盖</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>%1 is a device or pipe, not a file; it is not written</source>
        <translation>%1 是设备或管道，不是文件；不会写入</translation>
    </message>
    <message>
        <source>%1 is a pipe that no program reads from; nothing was written</source>
        <translation>%1 是一个没有程序读取的管道；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>rt::PdfActualText</name>
    <message>
        <source>cannot add the text layer to the PDF: %1</source>
        <translation>无法为 PDF 添加文本层：%1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>缺少 startxref</translation>
    </message>
    <message>
        <source>no cross-reference table</source>
        <translation>缺少交叉引用表</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>缺少 trailer</translation>
    </message>
    <message>
        <source>empty cross-reference table</source>
        <translation>交叉引用表为空</translation>
    </message>
    <message>
        <source>unexpected cross-reference table</source>
        <translation>交叉引用表不符合预期</translation>
    </message>
    <message>
        <source>object %1 is not where the table says</source>
        <translation>对象 %1 不在交叉引用表所示的位置</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>没有页面</translation>
    </message>
    <message>
        <source>page %1 is missing</source>
        <translation>缺少第 %1 页</translation>
    </message>
    <message>
        <source>page %1 has no content stream</source>
        <translation>第 %1 页没有内容流</translation>
    </message>
    <message>
        <source>page %1&apos;s content stream is not laid out as expected</source>
        <translation>第 %1 页的内容流布局不符合预期</translation>
    </message>
    <message>
        <source>page %1&apos;s content stream has a wrong length</source>
        <translation>第 %1 页的内容流长度有误</translation>
    </message>
    <message>
        <source>page %1&apos;s content stream cannot be decompressed</source>
        <translation>第 %1 页的内容流无法解压</translation>
    </message>
</context>
<context>
    <name>rt::PressReleaseDocument</name>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <source>cannot write the ODT document</source>
        <translation>无法写入 ODT 文档</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (pdf, html or odt)</source>
        <translation>未知格式“%1”（pdf、html 或 odt）</translation>
    </message>
</context>
<context>
    <name>rt::PressReleaseGenerator</name>
    <message>
        <source>dialogue %1 does not exist</source>
        <translation>对话 %1 不存在</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>the template is longer than %1 characters</source>
        <translation>模板超过 %1 个字符</translation>
    </message>
    <message>
        <source>the template has more than %1 tags</source>
        <translation>模板的标签超过 %1 个</translation>
    </message>
    <message>
        <source>the template nests sections more than %1 deep</source>
        <translation>模板的区段嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>press releases are written in English (en) or Chinese (zh), not &quot;%1&quot;</source>
        <translation>新闻稿只能用英文（en）或中文（zh）撰写，不能用“%1”</translation>
    </message>
</context>
<context>
    <name>rt::PressReleaseStore</name>
    <message>
        <source>unknown press-release status &quot;%1&quot;</source>
        <translation>未知的新闻稿状态“%1”</translation>
    </message>
    <message>
        <source>a press release needs a dialogue</source>
        <translation>新闻稿需要对应的对话</translation>
    </message>
    <message>
        <source>press release %1 does not exist</source>
        <translation>新闻稿 %1 不存在</translation>
    </message>
    <message>
        <source>a press release cannot go from %1 to %2</source>
        <translation>新闻稿不能从%1变为%2</translation>
    </message>
    <message>
        <source>a published press release cannot be edited; make a new release instead</source>
        <translation>已发布的新闻稿不能再编辑；请另建新稿</translation>
    </message>
    <message>
        <source>press release %1 has no revision %2</source>
        <translation>新闻稿 %1 没有修订版本 %2</translation>
    </message>
    <message>
        <source>release number %1 is already given to a release of another dialogue</source>
        <translation>编号 %1 已用于另一场对话的新闻稿</translation>
    </message>
    <message>
        <source>release number %1 is already given to this dialogue&apos;s release in the same language (%2)</source>
        <translation>编号 %1 已用于本对话同一语言（%2）的新闻稿</translation>
    </message>
    <message>
        <source>unknown press-release language &quot;%1&quot;</source>
        <translation>未知的新闻稿语言“%1”</translation>
    </message>
</context>
<context>
    <name>rt::ProposedRelease</name>
    <message>
        <source>1 speech</source>
        <translation>1 个发言</translation>
    </message>
    <message>
        <source>%1 speeches</source>
        <translation>%1 个发言</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 个议题</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 个议题</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 名人员</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 名人员</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 个组织</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 个组织</translation>
    </message>
    <message>
        <source>%1, %2; matched %3, %4; new: %5, %6</source>
        <translation>%1，%2；已匹配 %3、%4；新建：%5、%6</translation>
    </message>
    <message>
        <source>, contact matched</source>
        <translation>，联系人已匹配</translation>
    </message>
    <message>
        <source>, 1 contact</source>
        <translation>，1 个联系人</translation>
    </message>
    <message>
        <source>organisation &quot;%1&quot;: %2</source>
        <translation>组织“%1”：%2</translation>
    </message>
    <message>
        <source>person &quot;%1&quot;: %2</source>
        <translation>人员“%1”：%2</translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>dialogue: %1</source>
        <translation>对话：%1</translation>
    </message>
    <message>
        <source>no room for a scratch archive: %1</source>
        <translation>无法创建临时档案库：%1</translation>
    </message>
    <message>
        <source>press release: %1</source>
        <translation>新闻稿：%1</translation>
    </message>
    <message>
        <source>; English needed before import: %1</source>
        <translation>；导入前需补充英文：%1</translation>
    </message>
    <message>
        <source>the title in English</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>topic %1 (%2) in English</source>
        <translation>议题 %1（%2）的英文</translation>
    </message>
    <message>
        <source>the English name of %1</source>
        <translation>%1 的英文名称</translation>
    </message>
    <message>
        <source>the contact&apos;s label in English</source>
        <translation>联系方式的英文标签</translation>
    </message>
    <message>
        <source>the record needs English text before it is saved: %1</source>
        <translation>保存前此记录还需要英文内容：%1</translation>
    </message>
</context>
<context>
    <name>rt::RecordRules</name>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1”不是电子邮箱地址</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it should start with http:// or https:// and name a site such as www.example.org</source>
        <translation>“%1”不是网址：应以 http:// 或 https:// 开头，并写出网站名，例如 www.example.org</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code (ISO 3166-1, such as CN, TH or VN)</source>
        <translation>“%1”不是两个字母的国家代码（ISO 3166-1，例如 CN、TH 或 VN）</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number: use digits, spaces and + ( ) - . /</source>
        <translation>“%1”不是电话号码：请使用数字、空格和 + ( ) - . /</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD</source>
        <translation>“%1”不是日期：请写作 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>an organisation needs a name</source>
        <translation>组织需要名称</translation>
    </message>
    <message>
        <source>an organisation cannot be its own parent</source>
        <translation>组织不能是自己的上级组织</translation>
    </message>
    <message>
        <source>a person needs a family name</source>
        <translation>人员需要姓</translation>
    </message>
    <message>
        <source>a contact needs a label (for example “Contact Us”)</source>
        <translation>联系人需要标签（例如“联系我们”）</translation>
    </message>
    <message>
        <source>a dialogue needs a title</source>
        <translation>对话需要标题</translation>
    </message>
    <message>
        <source>a dialogue needs a start date</source>
        <translation>对话需要开始日期</translation>
    </message>
    <message>
        <source>the dialogue ends (%1) before it starts (%2)</source>
        <translation>对话的结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>topic %1 needs a title</source>
        <translation>议题 %1 需要标题</translation>
    </message>
    <message>
        <source>speech %1 needs a speaker</source>
        <translation>发言 %1 需要发言人</translation>
    </message>
    <message>
        <source>“%1” names no country (ISO 3166-1 codes are such as CN, TH or VN)</source>
        <translation>“%1”不是任何国家的代码（ISO 3166-1 代码如 CN、TH 或 VN）</translation>
    </message>
    <message>
        <source>“%1” has no translations (those that have: %2)</source>
        <translation>“%1”没有其他语言的文本（可以有的字段：%2）</translation>
    </message>
    <message>
        <source>the English text belongs in the field itself, not among its translations</source>
        <translation>英文文本应填在字段本身，而不是其他语言的文本中</translation>
    </message>
    <message>
        <source>“%1” is not a language this program knows (%2)</source>
        <translation>“%1”不是本程序认识的语言（%2）</translation>
    </message>
</context>
<context>
    <name>rt::ReleaseReader</name>
    <message>
        <source>no dialogue found in %1</source>
        <translation>在 %1 中未找到对话</translation>
    </message>
</context>
<context>
    <name>rt::ReleaseText</name>
    <message>
        <source>not UTF-8 text (an invalid byte at offset %1)</source>
        <translation>不是 UTF-8 文本（偏移 %1 处有无效字节）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a regular file; only files are read</source>
        <translation>%1：不是普通文件；只能读取文件</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, the most a press release may be</source>
        <translation>%1：文件大于 %2 MB，超出新闻稿的上限</translation>
    </message>
    <message>
        <source>not a text file (it holds NUL bytes), nor a PDF or .docx</source>
        <translation>不是文本文件（含有 NUL 字节），也不是 PDF 或 .docx</translation>
    </message>
    <message>
        <source>%1, line %2: elements nested more than %3 deep</source>
        <translation>%1，第 %2 行：元素嵌套超过 %3 层</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1，第 %2 行第 %3 列：%4</translation>
    </message>
    <message>
        <source>not a readable .docx: %1</source>
        <translation>无法读取的 .docx：%1</translation>
    </message>
    <message>
        <source>%1 is missing: not a Word document</source>
        <translation>缺少 %1：不是 Word 文档</translation>
    </message>
    <message>
        <source>not a readable PDF: its structure is damaged</source>
        <translation>无法读取的 PDF：文件结构已损坏</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password; it cannot be read</source>
        <translation>该 PDF 有密码加密，无法读取</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned image?); nothing to read</source>
        <translation>该 PDF 没有文本层（扫描图像？），无内容可读</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
</context>
<context>
    <name>rt::Restore</name>
    <message>
        <source>%1: no such backup</source>
        <translation>%1：没有这个备份</translation>
    </message>
    <message>
        <source>%1 is not a sound backup, so nothing was restored: %2</source>
        <translation>%1 不是完好的备份，因此未恢复任何内容：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2) and cannot be moved aside, so nothing was restored</source>
        <translation>%1 无法读取（%2），也无法移到一旁，因此未恢复任何内容</translation>
    </message>
    <message>
        <source>the restored archive failed its check: %1</source>
        <translation>恢复后的档案库未通过检查：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the archive is busy: another program is writing to it; try again (nothing was restored)</source>
        <translation>档案库正忙：另一个程序正在写入；请稍后重试（未恢复任何内容）</translation>
    </message>
    <message>
        <source>%1: the backup could not be restored: %2</source>
        <translation>%1：无法恢复备份：%2</translation>
    </message>
    <message>
        <source>the backup %1 is the archive %2 itself (or one of its files)</source>
        <translation>备份 %1 就是档案 %2 本身（或其文件之一）</translation>
    </message>
    <message>
        <source>%1 is a file of the archive %2, not an archive; nothing was restored</source>
        <translation>%1 是档案 %2 的一个文件，不是档案；未恢复任何内容</translation>
    </message>
    <message>
        <source>the archive as it is cannot be kept aside, so nothing was restored: %1</source>
        <translation>无法保留当前档案的副本，因此未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>%1 is not a file; a backup is a Roundtable archive file</source>
        <translation>%1 不是文件；备份是 Roundtable 档案文件</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1, so nothing was restored</source>
        <translation>无法创建备份文件夹 %1，因此未恢复任何内容</translation>
    </message>
    <message>
        <source>%1: the backup cannot be upgraded in %2, so nothing was restored</source>
        <translation>%1：无法在 %2 中升级该备份，因此未恢复任何内容</translation>
    </message>
</context>
<context>
    <name>rt::SaveConflict</name>
    <message>
        <source>dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>%1 %2 was deleted by someone else since it was read; nothing was written</source>
        <translation>%1 %2 在读取后已被他人删除；未写入任何内容</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else at %3 (version %4, now %5) since it was read; nothing was written</source>
        <translation>%1 %2 在读取后已于 %3 被他人修改（版本 %4，现为 %5）；未写入任何内容</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else (version %3, now %4) since it was read; nothing was written</source>
        <translation>%1 %2 在读取后已被他人修改（版本 %3，现为 %4）；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>rt::Search</name>
    <message>
        <source>the archive is not open</source>
        <translation>档案库未打开</translation>
    </message>
    <message>
        <source>rebuilding the search index failed: %1</source>
        <translation>重建检索索引失败：%1</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>保存的检索需要名称</translation>
    </message>
    <message>
        <source>updating the search index failed: %1</source>
        <translation>更新检索索引失败：%1</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>检索失败：%1</translation>
    </message>
</context>
<context>
    <name>rt::SearchDocument</name>
    <message>
        <source>cannot register the search index&apos;s release text: %1</source>
        <translation>无法注册搜索索引的新闻稿文本：%1</translation>
    </message>
</context>
<context>
    <name>rt::SearchQueryParser</name>
    <message>
        <source>%1: needs a value after the colon, e.g. %1:lmec or %1:&quot;two words&quot;</source>
        <translation>%1：冒号后需要一个值，例如 %1:lmec 或 %1:&quot;两个词&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1:&quot;; the fields are %2</source>
        <translation>未知字段“%1:”；可用字段为 %2</translation>
    </message>
    <message>
        <source>%1 has nothing to search for: it needs letters or digits</source>
        <translation>%1 没有可检索的内容：需要包含字母或数字</translation>
    </message>
    <message>
        <source>%1 is not a date: write a year, a month or a day, e.g. %2:2022, %2:2022-11 or %2:2022-11-23</source>
        <translation>%1 不是日期：请写年、月或日，例如 %2:2022、%2:2022-11 或 %2:2022-11-23</translation>
    </message>
    <message>
        <source>%1 is not a year: write year:2022</source>
        <translation>%1 不是年份：请写作 year:2022</translation>
    </message>
    <message>
        <source>%1: the formats are in_person, online and hybrid</source>
        <translation>%1：形式只有 in_person（线下）、online（线上）和 hybrid（线上线下结合）</translation>
    </message>
    <message>
        <source>%1: unknown country; write its name in English or its two-letter code, e.g. country:TH</source>
        <translation>%1：未知国家；请写英文国名或两个字母的代码，例如 country:TH</translation>
    </message>
    <message>
        <source>the query is nested too deeply</source>
        <translation>查询嵌套层次太深</translation>
    </message>
    <message>
        <source>&quot;()&quot; holds nothing to search for</source>
        <translation>“()”中没有可检索的内容</translation>
    </message>
    <message>
        <source>a &quot;(&quot; is not closed: add &quot;)&quot;</source>
        <translation>“(”没有闭合：请加上“)”</translation>
    </message>
    <message>
        <source>a &quot;)&quot; has no &quot;(&quot; before it</source>
        <translation>“)”前面没有“(”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a word after it</source>
        <translation>“%1”后面需要一个词</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a word after it, e.g. -word</source>
        <translation>“%1”后面需要一个词，例如 -word</translation>
    </message>
    <message>
        <source>OR needs a search term before it</source>
        <translation>OR 前面需要一个检索词</translation>
    </message>
    <message>
        <source>OR needs a search term after it</source>
        <translation>OR 后面需要一个检索词</translation>
    </message>
    <message>
        <source>%1 narrows the whole search: it cannot be excluded with - or be one side of OR</source>
        <translation>%1 限定整个检索：不能用 - 排除，也不能作为 OR 的一侧</translation>
    </message>
    <message>
        <source>&quot;%1&quot; excludes, so it cannot be one side of OR: write (word %1) OR …</source>
        <translation>“%1”表示排除，因此不能作为 OR 的一侧：请写作 (word %1) OR …</translation>
    </message>
    <message>
        <source>a word excluded with - needs a word to look for beside it, e.g. (mekong -dam)</source>
        <translation>用 - 排除的词旁边需要一个要查找的词，例如 (mekong -dam)</translation>
    </message>
    <message>
        <source>the query is too long (more than %1 characters)</source>
        <translation>查询太长（超过 %1 个字符）</translation>
    </message>
    <message>
        <source>nothing to search for: the query holds no letters or digits</source>
        <translation>没有可检索的内容：查询中没有字母或数字</translation>
    </message>
    <message>
        <source>AND needs a search term before it</source>
        <translation>AND 前面需要一个搜索词</translation>
    </message>
    <message>
        <source>AND needs a search term after it</source>
        <translation>AND 后面需要一个搜索词</translation>
    </message>
</context>
<context>
    <name>rt::SearchRank</name>
    <message>
        <source>cannot register the search ranking: %1</source>
        <translation>无法注册搜索排序：%1</translation>
    </message>
</context>
<context>
    <name>rt::ServerSearch</name>
    <message>
        <source>the search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>updating the search index failed: %1</source>
        <translation>更新搜索索引失败：%1</translation>
    </message>
    <message>
        <source>rebuilding the search index failed: %1</source>
        <translation>重建搜索索引失败：%1</translation>
    </message>
    <message>
        <source>the search index is missing</source>
        <translation>缺少搜索索引</translation>
    </message>
    <message>
        <source>dialogues missing from the search index: %1</source>
        <translation>搜索索引中缺少的对话：%1</translation>
    </message>
    <message>
        <source>dialogues whose search document differs from their records: %1</source>
        <translation>搜索文档与记录不一致的对话：%1</translation>
    </message>
    <message>
        <source>search documents of deleted dialogues: %1</source>
        <translation>已删除对话的搜索文档：%1</translation>
    </message>
</context>
<context>
    <name>rt::StartUp</name>
    <message>
        <source>The archive: a file (default: %1), or a PostgreSQL server&apos;s database, postgresql://[user@]host[:port]/database.</source>
        <translation>档案库：一个文件（默认：%1），或 PostgreSQL 服务器上的数据库，postgresql://[user@]host[:port]/database。</translation>
    </message>
    <message>
        <source>FILE|ADDRESS</source>
        <translation>文件|地址</translation>
    </message>
</context>
<context>
    <name>rt::TableExport</name>
    <message>
        <source>cannot make a temporary folder for the workbook: %1</source>
        <translation>无法为工作簿创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot start the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>无法读回工作簿：%1</translation>
    </message>
</context>
<context>
    <name>rt::TableImport</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>本族文字姓名</translation>
    </message>
    <message>
        <source>Later mention</source>
        <translation>后续称呼</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) is no field of %3 (fields: %4); name the columns so, or give a mapping file</source>
        <translation>第 %1 列（“%2”）不是 %3 的字段（字段：%4）；请按字段命名各列，或提供映射文件</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;): the field %3 is in two columns</source>
        <translation>第 %1 列（“%2”）：字段 %3 出现在两列中</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object of column header to field name</source>
        <translation>映射不是“列标题 → 字段名”的 JSON 对象</translation>
    </message>
    <message>
        <source>mapping of &quot;%1&quot;: expected a field name</source>
        <translation>“%1”的映射：应为字段名</translation>
    </message>
    <message>
        <source>mapping of &quot;%1&quot;: &quot;%2&quot; is no field of %3 (fields: %4)</source>
        <translation>“%1”的映射：“%2”不是 %3 的字段（字段：%4）</translation>
    </message>
    <message>
        <source>the mapping names the column &quot;%1&quot;, which the sheet does not have</source>
        <translation>映射中指定了列“%1”，但表格中没有这一列</translation>
    </message>
    <message>
        <source>mapping of &quot;%1&quot;: the field %2 is mapped twice</source>
        <translation>“%1”的映射：字段 %2 被映射了两次</translation>
    </message>
    <message>
        <source>1 row to import</source>
        <translation>待导入 1 行</translation>
    </message>
    <message>
        <source>%1 rows to import</source>
        <translation>待导入 %1 行</translation>
    </message>
    <message>
        <source>, %1 already in the archive (left out)</source>
        <translation>，%1 行已在档案中（不导入）</translation>
    </message>
    <message>
        <source>, 1 cannot be taken</source>
        <translation>，1 行无法导入</translation>
    </message>
    <message>
        <source>, %1 cannot be taken</source>
        <translation>，%1 行无法导入</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>导入已取消；未导入任何内容</translation>
    </message>
    <message>
        <source>a column for the full name or the family name</source>
        <translation>全名或姓的列</translation>
    </message>
    <message>
        <source>a column for the name</source>
        <translation>名称列</translation>
    </message>
    <message>
        <source>a column for the label or the organisation</source>
        <translation>标签或机构列</translation>
    </message>
    <message>
        <source>columns for the title and the start date</source>
        <translation>标题和开始日期列</translation>
    </message>
    <message>
        <source>the mapping has no %1</source>
        <translation>映射中缺少%1</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>“%1”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>row %1: %2 is already in the archive as %3 (%4)</source>
        <translation>第 %1 行：%2 已在档案中，为 %3（%4）</translation>
    </message>
    <message>
        <source>row %1: %2 is the same person as row %3</source>
        <translation>第 %1 行：%2 与第 %3 行是同一人</translation>
    </message>
    <message>
        <source>no organisation named &quot;%1&quot; in the archive or the sheet</source>
        <translation>档案和表格中都没有名为“%1”的机构</translation>
    </message>
    <message>
        <source>row %1: %2 is already in the archive (%3)</source>
        <translation>第 %1 行：%2 已在档案中（%3）</translation>
    </message>
    <message>
        <source>row %1: %2 is the same organisation as row %3</source>
        <translation>第 %1 行：%2 与第 %3 行是同一机构</translation>
    </message>
    <message>
        <source>an organisation cannot be its own parent</source>
        <translation>机构不能是自己的上级机构</translation>
    </message>
    <message>
        <source>no organisation named &quot;%1&quot; in the archive; import the organisations first</source>
        <translation>档案中没有名为“%1”的机构；请先导入机构</translation>
    </message>
    <message>
        <source>Contact Us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <source>row %1: the contact &quot;%2&quot; is already in the archive</source>
        <translation>第 %1 行：联系方式“%2”已在档案中</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; on %3 is already in the archive</source>
        <translation>第 %1 行：%3 的“%2”已在档案中</translation>
    </message>
    <message>
        <source>row %1: the same dialogue as row %2</source>
        <translation>第 %1 行：与第 %2 行是同一对话</translation>
    </message>
    <message>
        <source>1 row cannot be taken; nothing was imported (%1)</source>
        <translation>1 行无法导入；未导入任何内容（%1）</translation>
    </message>
    <message>
        <source>%1 rows cannot be taken; nothing was imported (the first: %2)</source>
        <translation>%1 行无法导入；未导入任何内容（第一个：%2）</translation>
    </message>
</context>
<context>
    <name>rt::TableReader</name>
    <message>
        <source>row 1: the first row must hold the column headers, and it is empty</source>
        <translation>第 1 行：第一行应为列标题，但它是空的</translation>
    </message>
    <message>
        <source>not valid UTF-16 text</source>
        <translation>不是有效的 UTF-16 文本</translation>
    </message>
    <message>
        <source>line %1: the text is not UTF-8; save the sheet as &quot;CSV UTF-8&quot; and try again</source>
        <translation>第 %1 行：文本不是 UTF-8；请将表格另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <source>row %1: a cell is longer than %2 characters</source>
        <translation>第 %1 行：有单元格超过 %2 个字符</translation>
    </message>
    <message>
        <source>row %1: more than %2 columns</source>
        <translation>第 %1 行：超过 %2 列</translation>
    </message>
    <message>
        <source>more than %1 rows; split the sheet</source>
        <translation>超过 %1 行；请拆分表格</translation>
    </message>
    <message>
        <source>row %1: text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</source>
        <translation>第 %1 行：单元格的结束引号后还有文字（带引号的单元格中的引号应写两次：&quot;&quot;）</translation>
    </message>
    <message>
        <source>row %1: a quote opened in this row is never closed</source>
        <translation>第 %1 行：此行开始的引号没有结束</translation>
    </message>
    <message>
        <source>%1: the XML is not valid UTF-8</source>
        <translation>%1：XML 不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>a document type declaration is not allowed in a workbook</source>
        <translation>工作簿中不允许文档类型声明（DTD）</translation>
    </message>
    <message>
        <source>the XML is nested more than %1 levels deep</source>
        <translation>XML 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters</source>
        <translation>有单元格超过 %1 个字符</translation>
    </message>
    <message>
        <source>%1, line %2: </source>
        <translation>%1，第 %2 行：</translation>
    </message>
    <message>
        <source>xl/workbook.xml: the workbook has no sheet</source>
        <translation>xl/workbook.xml：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>xl/_rels/workbook.xml.rels: the first sheet (%1) has no part</source>
        <translation>xl/_rels/workbook.xml.rels：第一个工作表（%1）没有对应的部件</translation>
    </message>
    <message>
        <source>too many strings</source>
        <translation>字符串过多</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s first sheet is missing</source>
        <translation>%1：工作簿的第一个工作表缺失</translation>
    </message>
    <message>
        <source>row %1 comes after a later row</source>
        <translation>第 %1 行出现在其后的行之后</translation>
    </message>
    <message>
        <source>a cell outside a row</source>
        <translation>单元格不在任何行中</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is not valid</source>
        <translation>单元格引用“%1”无效</translation>
    </message>
    <message>
        <source>row %1: a cell names shared string %2, which the workbook does not have</source>
        <translation>第 %1 行：单元格引用了共享字符串 %2，但工作簿中没有</translation>
    </message>
    <message>
        <source>not an XLSX workbook: %1</source>
        <translation>不是 XLSX 工作簿：%1</translation>
    </message>
</context>
<context>
    <name>rt::VCard</name>
    <message>
        <source>cards: %1; people: %2; contacts: %3; new organisations: %4</source>
        <translation>名片：%1；人员：%2；联系方式：%3；新机构：%4</translation>
    </message>
    <message>
        <source>; already in the archive (left out): %1</source>
        <translation>；已在档案中（不导入）：%1</translation>
    </message>
    <message>
        <source>line %1: BEGIN:%2 where a vCard was expected</source>
        <translation>第 %1 行：此处应为 vCard，却是 BEGIN:%2</translation>
    </message>
    <message>
        <source>card %1 (line %2): no END:VCARD before the next BEGIN:VCARD (line %3)</source>
        <translation>第 %1 张名片（第 %2 行）：在下一个 BEGIN:VCARD（第 %3 行）之前没有 END:VCARD</translation>
    </message>
    <message>
        <source>line %1: more than %2 cards</source>
        <translation>第 %1 行：名片超过 %2 张</translation>
    </message>
    <message>
        <source>line %1: END:%2 without BEGIN:VCARD</source>
        <translation>第 %1 行：END:%2 之前没有 BEGIN:VCARD</translation>
    </message>
    <message>
        <source>line %1: %2 outside BEGIN:VCARD … END:VCARD</source>
        <translation>第 %1 行：%2 不在 BEGIN:VCARD … END:VCARD 之内</translation>
    </message>
    <message>
        <source>card %1 (line %2): no END:VCARD; the file ends inside the card</source>
        <translation>第 %1 张名片（第 %2 行）：没有 END:VCARD；文件在名片中途结束</translation>
    </message>
    <message>
        <source>no vCard in the file (no BEGIN:VCARD)</source>
        <translation>文件中没有 vCard（没有 BEGIN:VCARD）</translation>
    </message>
    <message>
        <source>card %1 (line %2)</source>
        <translation>第 %1 张名片（第 %2 行）</translation>
    </message>
    <message>
        <source>no VERSION</source>
        <translation>没有 VERSION</translation>
    </message>
    <message>
        <source>vCard %1 is not read; export the address book as vCard 4.0 or 3.0</source>
        <translation>不读取 vCard %1；请将通讯录导出为 vCard 4.0 或 3.0</translation>
    </message>
    <message>
        <source>X-ROUNDTABLE-KEY holds a control character</source>
        <translation>X-ROUNDTABLE-KEY 含有控制字符</translation>
    </message>
    <message>
        <source>line %1: ADR has %2 parts; vCard has 7 (post office box;extended;street;locality;region;postal code;country)</source>
        <translation>第 %1 行：ADR 有 %2 个部分；vCard 规定为 7 个（邮政信箱;补充地址;街道;城市;地区;邮编;国家）</translation>
    </message>
    <message>
        <source>Contact Us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <source>KIND:%1 is neither a person (individual) nor a contact (org)</source>
        <translation>KIND:%1 既不是人员（individual）也不是联系方式（org）</translation>
    </message>
    <message>
        <source>line %1: N has %2 parts; it has 5: family;given;additional;prefixes;suffixes</source>
        <translation>第 %1 行：N 有 %2 个部分；应为 5 个：姓;名;其他名;前缀;后缀</translation>
    </message>
    <message>
        <source>line %1: N names nobody (no family or given name) and there is no FN</source>
        <translation>第 %1 行：N 未给出姓名（没有姓或名），也没有 FN</translation>
    </message>
    <message>
        <source>no name: neither FN nor N</source>
        <translation>没有姓名：既没有 FN 也没有 N</translation>
    </message>
    <message>
        <source>card %1: %2 is already in the archive as %3 (%4)</source>
        <translation>第 %1 张名片：%2 已在档案中，为 %3（%4）</translation>
    </message>
    <message>
        <source>card %1: %2 is the same person as card %3</source>
        <translation>第 %1 张名片：%2 与第 %3 张名片是同一人</translation>
    </message>
    <message>
        <source>X-ROUNDTABLE-KEY %1 is on an earlier card too</source>
        <translation>X-ROUNDTABLE-KEY %1 也出现在前面的名片中</translation>
    </message>
    <message>
        <source>card %1, %2: %3</source>
        <translation>第 %1 张名片，%2：%3</translation>
    </message>
</context>
<context>
    <name>rt::ZipReader</name>
    <message>
        <source>the ZIP archive has more than %1 entries</source>
        <translation>ZIP 压缩包中的条目超过 %1 个</translation>
    </message>
    <message>
        <source>%1: the entry is encrypted</source>
        <translation>%1：该条目已加密</translation>
    </message>
    <message>
        <source>%1: a ZIP64 entry is not read</source>
        <translation>%1：不读取 ZIP64 条目</translation>
    </message>
    <message>
        <source>%1: missing from the workbook</source>
        <translation>%1：工作簿中缺少此部件</translation>
    </message>
    <message>
        <source>%1: cannot be unpacked (the ZIP archive is damaged)</source>
        <translation>%1：无法解压（ZIP 压缩包已损坏）</translation>
    </message>
    <message>
        <source>%1: unpacks to more than %2 MB</source>
        <translation>%1：解压后超过 %2 MB</translation>
    </message>
    <message>
        <source>%1: compressed in a way this does not read (method %2)</source>
        <translation>%1：采用了无法读取的压缩方式（方法 %2）</translation>
    </message>
    <message>
        <source>the file is not a readable ZIP archive</source>
        <translation>该文件不是可读取的 ZIP 压缩包</translation>
    </message>
    <message>
        <source>a ZIP archive over several disks or in ZIP64 form is not read</source>
        <translation>不读取分卷或 ZIP64 格式的 ZIP 压缩包</translation>
    </message>
</context>
<context>
    <name>rt::app::AnnualReportAction</name>
    <message>
        <source>Write a PDF booklet of a year&apos;s dialogues, or of those a search matches</source>
        <translation>将一年的对话或符合搜索的对话写成 PDF 手册</translation>
    </message>
    <message>
        <source>Annual Report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未写入：%1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading dialogue %1 of %2…</source>
        <translation>正在读取第 %1 场对话（共 %2 场）…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>报告已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n pages)</source>
        <translation>
            <numerusform>报告已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ann&amp;ual Report…</source>
        <translation>年度报告(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>rt::app::AnnualReportDialog</name>
    <message>
        <source>&amp;Write Report</source>
        <translation>写报告(&amp;W)</translation>
    </message>
    <message>
        <source>Save Annual Report</source>
        <translation>保存年度报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Type a search, or choose a year.</source>
        <translation>请输入搜索条件，或选择年份。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Annual Report %1</source>
        <translation>%1 年度报告</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation>年度报告-%1.pdf</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>报告.pdf</translation>
    </message>
</context>
<context>
    <name>rt::app::ArchiveActions</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation>新建档案库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty archive file</source>
        <translation>创建一个空的档案库文件</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update records from a roundtable/1 JSON file</source>
        <translation>从 roundtable/1 JSON 文件添加或更新记录</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the whole archive as a roundtable/1 JSON file</source>
        <translation>将整个档案库写入 roundtable/1 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the archive</source>
        <translation>写入档案库的一致性副本</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New Archive</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <source>Roundtable archives (*.roundtable);;All files (*)</source>
        <translation>Roundtable 档案库 (*.roundtable);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose Open Archive to open it.</source>
        <translation>%1 已存在。请选择“打开档案库”来打开它。</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Roundtable JSON (*.json);;All files (*)</source>
        <translation>Roundtable JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Roundtable JSON (*.json)</source>
        <translation>Roundtable JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Roundtable archives (*.roundtable)</source>
        <translation>Roundtable 档案库 (*.roundtable)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Read past press releases (text, HTML, Word, PDF) into dialogues, each reviewed before it is saved</source>
        <translation>将以往的新闻稿（文本、HTML、Word、PDF）读成对话，每篇在保存前审阅</translation>
    </message>
    <message>
        <source>Import Press Releases from &amp;Folder…</source>
        <translation>从文件夹导入新闻稿(&amp;F)…</translation>
    </message>
    <message>
        <source>Read every press release in a folder, each reviewed before it is saved</source>
        <translation>读取文件夹中的所有新闻稿，每篇在保存前审阅</translation>
    </message>
    <message>
        <source>Import Press Relea&amp;ses…</source>
        <translation>导入新闻稿(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a team archive on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上的团队档案</translation>
    </message>
    <message>
        <source>Open Server Archive</source>
        <translation>打开服务器档案</translation>
    </message>
    <message>
        <source>The address of a team archive on a PostgreSQL server, for example postgresql://anna@db.example.org/roundtable. It holds no password: give it in ~/.pgpass, PGPASSWORD or a service file.</source>
        <translation>PostgreSQL 服务器上团队档案的地址，例如 postgresql://anna@db.example.org/roundtable。地址中不含密码：请在 ~/.pgpass、PGPASSWORD 或服务文件中提供密码。</translation>
    </message>
    <message>
        <source>a server address starts with postgresql:// or postgres://</source>
        <translation>服务器地址以 postgresql:// 或 postgres:// 开头</translation>
    </message>
    <message>
        <source>Open Ser&amp;ver Archive…</source>
        <translation>打开服务器档案(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>rt::app::ArchiveGuard</name>
    <message>
        <source>Put one of the archive&apos;s backups in its place; the archive as it is is kept aside</source>
        <translation>用档案库的某个备份替换它；当前的档案库另行保留</translation>
    </message>
    <message>
        <source>%1

The latest sound backup of this archive is from %2. Restore it?

The archive as it is now is not deleted: it is kept beside it, under the same name followed by &quot;before-restore&quot; and the date.</source>
        <translation>%1

此档案库最近的完好备份来自 %2。要恢复它吗？

当前的档案库不会被删除：它将保留在旁边，文件名后加上“before-restore”和日期。</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>无法打开档案库</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Archive restored</source>
        <translation>档案库已恢复</translation>
    </message>
    <message>
        <source>The archive was restored from the backup of %1.

The archive as it was is kept at %2.</source>
        <translation>档案库已从 %1 的备份恢复。

原档案库保留在 %2。</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>%1 的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Roundtable archives (*.roundtable);;All files (*)</source>
        <translation>Roundtable 档案库 (*.roundtable);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the records of %1 with those of the backup %2?

The archive as it is now is kept beside it, so nothing is lost.</source>
        <translation>要用备份 %2 的记录替换 %1 的记录吗？

当前的档案库将保留在旁边，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The archive was restored.

The archive as it was is kept at %1.</source>
        <translation>档案库已恢复。

原档案库保留在 %1。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Archive opened read-only</source>
        <translation>档案库以只读方式打开</translation>
    </message>
    <message>
        <source>Archive already open</source>
        <translation>档案库已打开</translation>
    </message>
    <message>
        <source>Another program changed the archive; what you see is up to date.</source>
        <translation>另一个程序更改了档案库；您看到的是最新内容。</translation>
    </message>
    <message>
        <source>The archive is damaged: nothing can be saved to it</source>
        <translation>档案库已损坏：无法向其保存任何内容</translation>
    </message>
    <message>
        <source>Archive damaged</source>
        <translation>档案库已损坏</translation>
    </message>
    <message>
        <source>%1

You can still read, search and export what it holds, but nothing can be saved to it. There is no sound backup to restore.</source>
        <translation>%1

您仍可阅读、搜索和导出其中的内容，但无法向其保存任何内容。没有可供恢复的完好备份。</translation>
    </message>
    <message>
        <source>Checking the archive…</source>
        <translation>正在检查档案库…</translation>
    </message>
    <message>
        <source>This archive is already open in another Roundtable window (%1).

You can both work on it: every save is kept, and each window shows the other&apos;s changes within a second. If you both edit the same record, the second to save is told and chooses: keep editing, compare the two field by field, or overwrite.</source>
        <translation>此档案已在另一个 Roundtable 窗口中打开（%1）。

双方都可以继续工作：每次保存都会保留，每个窗口在一秒内显示对方的更改。如果双方编辑同一条记录，后保存的一方会收到提示并选择：继续编辑、逐字段比较或覆盖。</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>从备份恢复(&amp;K)…</translation>
    </message>
    <message>
        <source>Replace the records of the server archive %1 with those of the backup %2?

Everyone working on it sees the restored records at once. The records as they are now are first kept as a backup, so nothing is lost.</source>
        <translation>用备份 %2 中的记录替换服务器档案 %1 的记录？

所有正在使用它的人会立即看到恢复后的记录。当前的记录会先保存为备份，因此不会丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>rt::app::CalendarPage</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>planned, date passed</source>
        <translation>计划中，日期已过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将举行</translation>
    </message>
    <message>
        <source>Still planned, date passed</source>
        <translation>仍为计划中，日期已过</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Still planned, date passed: none</source>
        <translation>仍为计划中、日期已过：无</translation>
    </message>
    <message>
        <source>Still planned, date passed (%1)</source>
        <translation>仍为计划中、日期已过（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No dialogue on %1</source>
        <translation>%1 没有对话</translation>
    </message>
    <message>
        <source>Dialogues on %1 (%2)</source>
        <translation>%1 的对话（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>rt::app::ConflictDialog</name>
    <message>
        <source>Compare with the Saved Version — Roundtable</source>
        <translation>与已保存的版本比较 — Roundtable</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, marked in yellow. Click Theirs or Mine in a row (or press Space) to choose; every field you leave on Mine keeps what you typed.</source>
        <translation>
            <numerusform>有 %n 个字段不同，以黄色标出。在一行中点击“对方”或“我的”（或按空格键）进行选择；保留为“我的”的字段将保留您输入的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>对方（已保存）</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>&amp;Use These Fields</source>
        <translation>使用这些字段(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rt::app::ContactEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Take fields of the saved version</source>
        <translation>采用已保存版本的字段</translation>
    </message>
</context>
<context>
    <name>rt::app::ContactTableModel</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>rt::app::ContextMenus</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rt::app::DialogueChooser</name>
    <message>
        <source>New Press Release</source>
        <translation>新建新闻稿</translation>
    </message>
    <message>
        <source>Filter by title, series, city or date</source>
        <translation>按标题、系列、城市或日期筛选</translation>
    </message>
    <message>
        <source>Which dialogue is the release &amp;about?</source>
        <translation>新闻稿关于哪场对话(&amp;A)？</translation>
    </message>
    <message>
        <source>&amp;Write Release</source>
        <translation>撰写新闻稿(&amp;W)</translation>
    </message>
</context>
<context>
    <name>rt::app::DialogueEditor</name>
    <message>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>Roundtable Dialogue</source>
        <translation>圆桌对话</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>座谈会</translation>
    </message>
    <message>
        <source>Side Event</source>
        <translation>边会</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>移除议题</translation>
    </message>
    <message>
        <source>Move topic</source>
        <translation>移动议题</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>添加组织</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>移除组织</translation>
    </message>
    <message>
        <source>Move organisation</source>
        <translation>移动组织</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no speaker yet)</source>
        <translation>（尚无发言人）</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled topic)</source>
        <translation>（未命名议题）</translation>
    </message>
    <message>
        <source>&amp;Speeches</source>
        <translation>发言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Speeches (%1)</source>
        <translation>发言(&amp;S)（%1）</translation>
    </message>
    <message>
        <source>Speech %1</source>
        <translation>发言 %1</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Edit dialogue</source>
        <translation>编辑对话</translation>
    </message>
    <message>
        <source>Add speech</source>
        <translation>添加发言</translation>
    </message>
    <message>
        <source>Remove speech</source>
        <translation>移除发言</translation>
    </message>
    <message>
        <source>Move speech</source>
        <translation>移动发言</translation>
    </message>
    <message>
        <source>speech %1: “%2” is not in the archive; pick a name from the list or click New Person</source>
        <translation>发言 %1：“%2”不在档案库中；请从列表中选择姓名，或点击“新建人员”</translation>
    </message>
    <message>
        <source>Change organisation role</source>
        <translation>更改组织角色</translation>
    </message>
    <message>
        <source>Press release: none yet (save the dialogue first)</source>
        <translation>新闻稿：尚无（请先保存对话）</translation>
    </message>
    <message>
        <source>Write Press &amp;Release…</source>
        <translation>撰写新闻稿(&amp;R)…</translation>
    </message>
    <message>
        <source>Press release: none yet</source>
        <translation>新闻稿：尚无</translation>
    </message>
    <message>
        <source>Write the first draft from this record (%1)</source>
        <translation>根据此记录撰写初稿（%1）</translation>
    </message>
    <message>
        <source>Press release: %1 — %2</source>
        <translation>新闻稿：%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Press releases: %n, the latest %1 — %2</source>
        <translation>
            <numerusform>新闻稿：%n 篇，最新一篇%1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Press &amp;Release…</source>
        <translation>打开新闻稿(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the press release of this dialogue (%1)</source>
        <translation>打开此对话的新闻稿（%1）</translation>
    </message>
    <message>
        <source>Press Release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>The release is written from the saved record. Save your changes to the dialogue first?</source>
        <translation>新闻稿根据已保存的记录撰写。先保存对话的更改吗？</translation>
    </message>
    <message>
        <source>Use the &amp;Saved Record</source>
        <translation>使用已保存的记录(&amp;S)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Press contact</source>
        <translation>新闻联系方式</translation>
    </message>
    <message>
        <source>“About” organisation</source>
        <translation>“关于”机构</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Take fields of the saved version</source>
        <translation>采用已保存版本的字段</translation>
    </message>
</context>
<context>
    <name>rt::app::DialogueTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Still planned, but its date (%1) has passed: mark it held or cancelled.</source>
        <translation>仍为“计划中”，但日期（%1）已过：请标为已举行或已取消。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rt::app::EditorDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>New %1[*] — Roundtable</source>
        <translation>新建%1[*] — Roundtable</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the new %1?</source>
        <translation>保存新建的%1？</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close, asking about unsaved changes</source>
        <translation>关闭（有未保存的更改时先询问）</translation>
    </message>
    <message>
        <source>Show the text fields in the next language</source>
        <translation>以下一种语言显示文本字段</translation>
    </message>
    <message>
        <source>Next Language</source>
        <translation>下一种语言</translation>
    </message>
    <message>
        <source>Deleted by Someone Else</source>
        <translation>已被他人删除</translation>
    </message>
    <message>
        <source>“%1” was deleted by another window or program while you were editing it.

Your text is still here. Save it as a new %2, or discard it?</source>
        <translation>您编辑“%1”期间，它已被另一个窗口或程序删除。

您的内容仍在此处。将其另存为新的%2，还是放弃？</translation>
    </message>
    <message>
        <source>Save as &amp;New %1</source>
        <translation>另存为新%1(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>放弃我的更改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>“%1” was saved by another window or program%2 while you were editing it (their version %3; you started from version %4).

Nothing is lost: your text is still here and theirs is stored. Keep editing, compare the two field by field, or overwrite theirs with yours?</source>
        <translation>您编辑“%1”期间，另一个窗口或程序%2保存了它（对方版本 %3；您基于版本 %4）。

没有任何内容丢失：您的内容仍在此处，对方的内容已保存。继续编辑、逐字段比较，还是用您的内容覆盖对方的？</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Overwrite Theirs</source>
        <translation>覆盖对方(&amp;O)</translation>
    </message>
    <message>
        <source>“%1” as saved by someone else (version %2) beside your text. Choose, field by field, whose text to keep; then Save.</source>
        <translation>他人保存的“%1”（版本 %2）与您的内容并列显示。请逐字段选择保留哪一方的内容，然后保存。</translation>
    </message>
    <message>
        <source>Now based on the version saved by someone else (version %1), with the fields you chose from it. Save to store the result.</source>
        <translation>现基于他人保存的版本（版本 %1），并采用了您从中选择的字段。保存即可存储结果。</translation>
    </message>
    <message>
        <source>“%1” was deleted by another window or program. Your text is still here; saving will ask what to do with it.</source>
        <translation>“%1”已被另一个窗口或程序删除。您的内容仍在此处；保存时会询问如何处理。</translation>
    </message>
    <message>
        <source>“%1” was changed by another window or program (now version %2, you started from %3). Your text is still here; saving will ask what to do.</source>
        <translation>“%1”已被另一个窗口或程序修改（现为版本 %2，您基于 %3）。您的内容仍在此处；保存时会询问如何处理。</translation>
    </message>
    <message>
        <source>the archive is open read-only</source>
        <translation>档案以只读方式打开</translation>
    </message>
</context>
<context>
    <name>rt::app::HelpDialogs</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Record editors</source>
        <translation>记录编辑器</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation>筛选命令和按键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The window&lt;/h2&gt;&lt;p&gt;The sidebar holds the lists: Dialogues, People, Organisations, Contacts, Press Releases and Search. Each list sorts by any column and is filtered as you type (Ctrl+Shift+F). Enter or a double-click opens a record in its own editor window, Ctrl+N makes a new one, Delete asks before deleting. A right-click on a list offers the same commands and Copy.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;主窗口&lt;/h2&gt;&lt;p&gt;侧栏列出各个列表：对话、人员、组织、联系人、新闻稿和搜索。每个列表可按任一列排序，输入时即时筛选（Ctrl+Shift+F）。按 Enter 或双击在单独的编辑器窗口中打开记录，Ctrl+N 新建记录，Delete 删除前会先询问。在列表上单击右键可使用同样的命令以及“复制”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Entering a dialogue&lt;/h2&gt;&lt;p&gt;The dialogue editor opens with the cursor in the title. Organisations with their roles, topics and speeches are kept in order (Move Up, Move Down or drag); a role is changed in its row, and New Organisation enters one not yet in the archive. A new dialogue starts with the press contact and the “About” organisation of the last one. Type part of a speaker&apos;s name (“zhang”, or 张) and pick them; their title and organisation are filled in from their latest speech. New Person creates someone not yet in the archive. Country takes a name or a code (“China”, 中国, CN).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;录入对话&lt;/h2&gt;&lt;p&gt;对话编辑器打开时光标位于标题。组织及其角色、议题和发言均按顺序保存（上移、下移或拖动）；角色可在所在行直接更改，“新建组织”可录入档案库中尚无的组织。新对话沿用上一场对话的新闻联系人和“关于”组织。输入发言人姓名的一部分（“zhang”或“张”）并选择；其职务和所属组织按其最近一次发言自动填入。“新建人员”可录入档案库中尚无的人。国家可输入名称或代码（“China”、中国、CN）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Saving and undoing&lt;/h2&gt;&lt;p&gt;What stops a record from being saved is shown beside Save as you type. Ctrl+S saves. Ctrl+Z and Ctrl+Shift+Z undo and redo: each edit of a field is one step, the same whether you press them in a field or use the Undo and Redo buttons. Escape or Close asks before unsaved changes are lost.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;保存与撤销&lt;/h2&gt;&lt;p&gt;记录无法保存的原因会在输入时显示在“保存”旁。Ctrl+S 保存。Ctrl+Z 和 Ctrl+Shift+Z 撤销和重做：对一个字段的每次编辑为一步，无论在字段中按键还是使用“撤销”“重做”按钮，效果相同。按 Escape 或“关闭”时，若有未保存的更改会先询问。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;People and their names&lt;/h2&gt;&lt;p&gt;A typed name is split into family and given name as the names of the region are written: “Li Ming” and 李明 are read family name first, “Noppadon Theppitak” given name first, and a family name already in the archive decides. Swap Family and Given Name turns it round in one click. Before a new person is saved, Roundtable looks for the same person written another way (“Zhang Yu-jun”, “Y. Zhang”, 张玉军) and offers the one already there. Two records of one person are joined with Edit → Merge People: you choose who is kept, see both side by side, and confirm before their speeches move.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;人员及其姓名&lt;/h2&gt;&lt;p&gt;输入的姓名按本地区的书写习惯拆分为姓和名：“Li Ming”和“李明”按姓在前读取，“Noppadon Theppitak”按名在前读取，档案库中已有的姓氏优先决定。“互换姓和名”一键即可调换。保存新人员之前，Roundtable 会查找以其他写法记录的同一人（“Zhang Yu-jun”、“Y. Zhang”、张玉军），并提供档案库中已有的人员。同一人的两条记录可用“编辑 → 合并人员”合并：由您选择保留哪一条，两条记录并排显示，发言移动前还会请您确认。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Press releases&lt;/h2&gt;&lt;p&gt;A dialogue&apos;s press release is written from its record through a template, then edited in the window: regenerating asks before it overwrites edits, and every save keeps the previous text as a revision that can be restored. A release goes from draft to approved to published; it is printed, previewed, or exported as PDF, HTML or ODT.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;新闻稿&lt;/h2&gt;&lt;p&gt;对话的新闻稿依据其记录通过模板生成，然后在窗口中编辑：重新生成会在覆盖编辑内容前询问，每次保存都会把先前的文本保留为可恢复的修订版本。新闻稿从草稿到已批准再到已发布；可打印、预览，或导出为 PDF、HTML 或 ODT。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Searching&lt;/h2&gt;&lt;p&gt;Ctrl+F opens the Search page. Type words or “quoted phrases”; &lt;tt&gt;word*&lt;/tt&gt; finds words that begin with it, &lt;tt&gt;-word&lt;/tt&gt; leaves out dialogues with it, and fields narrow the search: &lt;tt&gt;speaker:&lt;/tt&gt;, &lt;tt&gt;org:&lt;/tt&gt;, &lt;tt&gt;series:&lt;/tt&gt;, &lt;tt&gt;city:&lt;/tt&gt;, &lt;tt&gt;topic:&lt;/tt&gt;, &lt;tt&gt;country:&lt;/tt&gt;, &lt;tt&gt;year:2022&lt;/tt&gt;, &lt;tt&gt;after:&lt;/tt&gt; and &lt;tt&gt;before:&lt;/tt&gt;. Case and accents do not matter. Facets on the side narrow by year, series, city and organisation.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;搜索&lt;/h2&gt;&lt;p&gt;Ctrl+F 打开搜索页。输入词语或“带引号的短语”；&lt;tt&gt;word*&lt;/tt&gt; 查找以其开头的词，&lt;tt&gt;-word&lt;/tt&gt; 排除含该词的对话，字段可缩小搜索范围：&lt;tt&gt;speaker:&lt;/tt&gt;、&lt;tt&gt;org:&lt;/tt&gt;、&lt;tt&gt;series:&lt;/tt&gt;、&lt;tt&gt;city:&lt;/tt&gt;、&lt;tt&gt;topic:&lt;/tt&gt;、&lt;tt&gt;country:&lt;/tt&gt;、&lt;tt&gt;year:2022&lt;/tt&gt;、&lt;tt&gt;after:&lt;/tt&gt; 和 &lt;tt&gt;before:&lt;/tt&gt;。不区分大小写和重音符号。侧边的分面可按年份、系列、城市和组织缩小结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Backups and preferences&lt;/h2&gt;&lt;p&gt;The archive is one file. Roundtable backs it up automatically and offers a backup when the archive is damaged; File → Back Up makes a copy at any time. Edit → Preferences sets the paper size and template of press releases, the backup folder and how often backups are made, and the interface language.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;备份与首选项&lt;/h2&gt;&lt;p&gt;档案库是一个文件。Roundtable 会自动备份，档案库损坏时会提供备份供恢复；“文件 → 备份”可随时制作副本。“编辑 → 首选项”可设置新闻稿的纸张大小和模板、备份文件夹和备份频率，以及界面语言。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roundtable Manual</source>
        <translation>Roundtable 使用手册</translation>
    </message>
</context>
<context>
    <name>rt::app::ImportTableDialog</name>
    <message>
        <source>%1 (1 row)</source>
        <translation>%1（1 行）</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>正在读取各行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>. Nothing is imported while any row cannot be taken: correct the sheet or the columns.</source>
        <translation>。只要有一行无法导入，就不会导入任何内容：请修改表格或列的对应关系。</translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Importing the rows…</source>
        <translation>正在导入各行…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>rt::app::ListOutput</name>
    <message>
        <source>Export &amp;List…</source>
        <translation>导出列表(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Print List…</source>
        <translation>打印列表(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the list on this page, as shown, as CSV or an Excel workbook</source>
        <translation>将本页列表按所见保存为 CSV 或 Excel 工作簿</translation>
    </message>
    <message>
        <source>Print the list on this page, as shown, with a preview</source>
        <translation>按所见打印本页列表（带预览）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>this page shows no list</source>
        <translation>本页没有列表</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to %1</source>
        <translation>
            <numerusform>已写入 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This page shows no list to export.</source>
        <translation>本页没有可导出的列表。</translation>
    </message>
    <message>
        <source>CSV, for any spreadsheet (*.csv)</source>
        <translation>CSV，适用于任何电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>The list was not exported: %1</source>
        <translation>列表未导出：%1</translation>
    </message>
    <message>
        <source>This page shows no list to print.</source>
        <translation>本页没有可打印的列表。</translation>
    </message>
    <message>
        <source>%1 (filtered: “%2”)</source>
        <translation>%1（筛选：“%2”）</translation>
    </message>
    <message>
        <source>Print List</source>
        <translation>打印列表</translation>
    </message>
</context>
<context>
    <name>rt::app::ListPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>rt::app::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Filter by title, series, city, country or date</source>
        <translation>按标题、系列、城市、国家或日期筛选</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Filter by name, short name or country</source>
        <translation>按名称、简称或国家筛选</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Filter by label, organisation, phone or e-mail</source>
        <translation>按标签、组织、电话或电子邮箱筛选</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>无法打开档案库</translation>
    </message>
    <message>
        <source>%1 — Roundtable</source>
        <translation>%1 — Roundtable</translation>
    </message>
    <message>
        <source>About Roundtable</source>
        <translation>关于 Roundtable</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;Keeps the record of every dialogue a centre holds: who spoke, in what capacity and what they said; prints press releases from it and searches it years later.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;记录中心举办的每一场对话：谁发了言、以什么身份、说了什么；据此印发新闻稿，多年后仍可检索。&lt;/p&gt;&lt;p&gt;档案库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>未打开档案库</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2 条</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>This dialogue is no longer in the archive.</source>
        <translation>这场对话已不在档案库中。</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>无法删除%1</translation>
    </message>
    <message>
        <source>%1.

Merge %2 into another person?</source>
        <translation>%1。

要将%2合并到另一位人员吗？</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete %1 from the archive?</source>
        <translation>要从档案库中删除%1吗？</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>these %n records</source>
        <translation>
            <numerusform>这 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 with its topics and speeches? This cannot be undone.</source>
        <translation>要删除%1及其议题和发言吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>要删除%1吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Filter by name or name in own script</source>
        <translation>按姓名或原文姓名筛选</translation>
    </message>
    <message>
        <source>1 dialogue</source>
        <translation>1 场对话</translation>
    </message>
    <message>
        <source>%1 dialogues</source>
        <translation>%1 场对话</translation>
    </message>
    <message>
        <source>1 speech</source>
        <translation>1 次发言</translation>
    </message>
    <message>
        <source>%1 speeches</source>
        <translation>%1 次发言</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 位人员</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 位人员</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 个组织</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 个组织</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 个联系人</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 个联系人</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show the selected record beside the list</source>
        <translation>在列表旁显示所选记录</translation>
    </message>
    <message>
        <source>&amp;Merge People…</source>
        <translation>合并人员(&amp;M)…</translation>
    </message>
    <message>
        <source>Join two records of one person, moving every speech to the one kept</source>
        <translation>合并同一人的两条记录，所有发言移至保留的记录</translation>
    </message>
    <message>
        <source>Roundtable &amp;Manual</source>
        <translation>Roundtable 使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Merge People</source>
        <translation>合并人员</translation>
    </message>
    <message>
        <source>Select the person to merge in the People list first, then choose who they are the same as.</source>
        <translation>请先在人员列表中选择要合并的人员，再选择其与谁是同一人。</translation>
    </message>
    <message>
        <source>%1 has no speeches. Remove %1 and keep %2?</source>
        <translation>%1 没有发言。删除 %1 并保留 %2？</translation>
    </message>
    <message>
        <source>Move 1 speech of %1 to %2, and remove %1?</source>
        <translation>将 %1 的 1 条发言移至 %2，并删除 %1？</translation>
    </message>
    <message>
        <source>Move %1 speeches of %2 to %3, and remove %2?</source>
        <translation>将 %2 的 %1 条发言移至 %3，并删除 %2？</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n 篇发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个议题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published press release(s)</source>
        <translation>
            <numerusform>%n 篇已发布的新闻稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved press release(s)</source>
        <translation>
            <numerusform>%n 篇已批准的新闻稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft press release(s)</source>
        <translation>
            <numerusform>%n 篇新闻稿草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 with %2? This cannot be undone.</source>
        <translation>删除%1及其%2？此操作无法撤销。</translation>
    </message>
    <message>
        <source>A published release is a public record: export it first if the centre must keep a copy.</source>
        <translation>已发布的新闻稿是公开记录：如中心需保留副本，请先导出。</translation>
    </message>
    <message>
        <source>One of the two people was deleted by someone else meanwhile.</source>
        <translation>两人中有一人在此期间已被他人删除。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were choosing (now version %2). Look at the person again, then merge.</source>
        <translation>您选择期间，%1 已被他人修改（现为版本 %2）。请重新查看此人后再合并。</translation>
    </message>
    <message>
        <source>%1: already deleted by someone else</source>
        <translation>%1：已被他人删除</translation>
    </message>
</context>
<context>
    <name>rt::app::MergePeopleDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Type a name and choose the person to keep</source>
        <translation>输入姓名并选择要保留的人员</translation>
    </message>
    <message>
        <source>Name in own script: %1</source>
        <translation>本族文字姓名：%1</translation>
    </message>
    <message>
        <source>Honorific: %1</source>
        <translation>称谓：%1</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message numerus="yes">
        <source>Spoke at %n dialogue(s)</source>
        <translation>
            <numerusform>在 %n 场对话中发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· and %n more</source>
        <translation>
            <numerusform>· 另有 %n 场</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>No one chosen yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <source>Every speech of &lt;b&gt;%1&lt;/b&gt; will be moved to &lt;b&gt;%2&lt;/b&gt;, and %1 will be removed. Nothing said is lost.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的所有发言将移至 &lt;b&gt;%2&lt;/b&gt;，并删除 %1。发言内容不会丢失。</translation>
    </message>
    <message>
        <source>Choose the person &lt;b&gt;%1&lt;/b&gt; is the same as. Their speeches move to that person, and %1 is removed.</source>
        <translation>请选择与 &lt;b&gt;%1&lt;/b&gt; 为同一人的人员。其发言将移至该人员，并删除 %1。</translation>
    </message>
</context>
<context>
    <name>rt::app::OrganizationActivity</name>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Latest title</source>
        <translation>最新职务</translation>
    </message>
    <message>
        <source>Last spoke</source>
        <translation>最近发言</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Its people spoke</source>
        <translation>其人员发言</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Dialogues (%1)</source>
        <translation>对话（%1）</translation>
    </message>
    <message>
        <source>Every dialogue it took part in, by role; a dialogue appears under each of its roles. Double-click one to open it.</source>
        <translation>按角色列出其参与的每场对话；一场对话会出现在其每个角色下。双击可打开。</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>人员（%1）</translation>
    </message>
    <message>
        <source>Who spoke for it. Double-click one to open their record.</source>
        <translation>代表该机构发言的人员。双击可打开其记录。</translation>
    </message>
</context>
<context>
    <name>rt::app::OrganizationEditor</name>
    <message>
        <source>(independent)</source>
        <translation>（独立）</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>编辑组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Take fields of the saved version</source>
        <translation>采用已保存版本的字段</translation>
    </message>
</context>
<context>
    <name>rt::app::OrganizationTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Dialogues it took part in: named in any role (guided, organised, co-organised, supported, hosted, partner) or spoken for by one of its people; each dialogue counted once. The search page&apos;s Organisation facet counts the same.</source>
        <translation>其参与的对话：以任何角色列名（指导、主办、联合主办、支持、承办、合作）或由其人员代表发言；每场对话只计一次。搜索页的“机构”分面统计的是同一数字。</translation>
    </message>
</context>
<context>
    <name>rt::app::PersonEditor</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title held</source>
        <translation>当时职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>尊称</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>name in own script</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Spoke at</source>
        <translation>发言记录</translation>
    </message>
    <message numerus="yes">
        <source>Spoke at %n dialogue(s)</source>
        <translation>
            <numerusform>在 %n 场对话中发言</numerusform>
        </translation>
    </message>
    <message>
        <source>Swap family and given name</source>
        <translation>互换姓和名</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Already in the archive?</source>
        <translation>档案库中已有此人？</translation>
    </message>
    <message>
        <source>“%1” may be a person already in the archive: %2.

Use the person already there, or create a new one?</source>
        <translation>“%1”可能是档案库中已有的人员：%2。

使用已有的人员，还是新建一个？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>使用 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Create New Person</source>
        <translation>新建人员(&amp;C)</translation>
    </message>
    <message>
        <source>How a press release refers to this person after naming them in full: most by family name, some (Thai names, Tibetan names) otherwise.</source>
        <translation>新闻稿在首次写出全名后如何称呼此人：多数用姓，有些（泰国人名、藏族人名）则不同。</translation>
    </message>
    <message>
        <source>&amp;Later mentions:</source>
        <translation>再次提及(&amp;L)：</translation>
    </message>
    <message>
        <source>later mentions</source>
        <translation>再次提及</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>尊称</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Later mentions</source>
        <translation>后续称呼</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Take fields of the saved version</source>
        <translation>采用已保存版本的字段</translation>
    </message>
</context>
<context>
    <name>rt::app::PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>Latest title</source>
        <translation>最新职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Last spoke</source>
        <translation>最近发言</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
</context>
<context>
    <name>rt::app::Pickers</name>
    <message>
        <source>Country or code</source>
        <translation>国家或代码</translation>
    </message>
    <message>
        <source>“%1” is not a country: pick one from the list, or type its name or its code (such as CN)</source>
        <translation>“%1”不是国家：请从列表中选择，或输入国家名称或代码（如 CN）</translation>
    </message>
</context>
<context>
    <name>rt::app::PreferencesDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <source>None (automatic backups off)</source>
        <translation>不保留（关闭自动备份）</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时一次</translation>
    </message>
    <message>
        <source>Every time the archive is opened</source>
        <translation>每次打开档案库时</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Headline Colour</source>
        <translation>标题颜色</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Letterhead Logo</source>
        <translation>信头标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>rt::app::PressReleaseBatchExport</name>
    <message>
        <source>Exporting press releases…</source>
        <translation>正在导出新闻稿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Press Releases</source>
        <translation>导出新闻稿</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>正在导出 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，不是文件夹</translation>
    </message>
</context>
<context>
    <name>rt::app::PressReleaseEditorDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>项目符号</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>The text differs from what the dialogue&apos;s record gives now, perhaps through your edits. Regenerating replaces it (a saved text stays in the revisions).

Replace the text?</source>
        <translation>正文与根据对话记录生成的内容不同，可能是您编辑过。重新生成将替换正文（已保存的正文会保留在修订记录中）。

要替换正文吗？</translation>
    </message>
    <message>
        <source>Save Press Release</source>
        <translation>保存新闻稿</translation>
    </message>
    <message>
        <source>Press Release Status</source>
        <translation>新闻稿状态</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Press Release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Press Release: %1</source>
        <translation>新闻稿：%1</translation>
    </message>
    <message>
        <source>Save the changes to this press release?</source>
        <translation>保存对此新闻稿的更改吗？</translation>
    </message>
    <message>
        <source>Publish this press release?

A published release is a public record: it can no longer be edited or deleted.</source>
        <translation>发布此新闻稿？

已发布的新闻稿是公开记录：无法再编辑或删除。</translation>
    </message>
    <message>
        <source>Approve this press release as it stands?

Any later edit makes it a draft again.</source>
        <translation>按现状批准此新闻稿？

之后的任何编辑都会使其重新成为草稿。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>This release is published, so it is read-only: it can be read, printed and exported. To say something else, make a new release of the dialogue.</source>
        <translation>此新闻稿已发布，因此只读：可以阅读、打印和导出。如需更改内容，请为该对话撰写新的新闻稿。</translation>
    </message>
    <message>
        <source>Saving an edit makes the release a draft again, to be approved anew.</source>
        <translation>保存编辑会使新闻稿重新成为草稿，需要再次批准。</translation>
    </message>
    <message>
        <source>The letterhead&apos;s logo is left out: %1. Choose it again in Preferences (Press releases).</source>
        <translation>信笺标志未能加入：%1。请在“首选项”（新闻稿）中重新选择。</translation>
    </message>
    <message>
        <source>This press release was deleted by another window or program while you were editing it. Your text is still here.</source>
        <translation>您编辑此新闻稿期间，它已被另一个窗口或程序删除。您的内容仍在此处。</translation>
    </message>
    <message>
        <source>This press release was saved by another window or program while you were editing it (their version %1). Your text is still here; their text is kept as a revision if you overwrite it.</source>
        <translation>您编辑此新闻稿期间，另一个窗口或程序保存了它（对方版本 %1）。您的内容仍在此处；如果覆盖，对方的内容将保留为修订版本。</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Save as &amp;New Release</source>
        <translation>另存为新新闻稿(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Overwrite Theirs</source>
        <translation>覆盖对方(&amp;O)</translation>
    </message>
</context>
<context>
    <name>rt::app::PressReleaseListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰文</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>老挝文</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>柬埔寨文</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>缅甸文</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南文</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>rt::app::PressReleaseListWidget</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Press Release Status</source>
        <translation>新闻稿状态</translation>
    </message>
    <message>
        <source>Delete Press Releases</source>
        <translation>删除新闻稿</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n press release(s) with all their revisions?</source>
        <translation>
            <numerusform>要删除 %n 篇新闻稿及其全部修订记录吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export Press Releases To</source>
        <translation>将新闻稿导出到</translation>
    </message>
    <message>
        <source>Export Press Releases</source>
        <translation>导出新闻稿</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a press release of a dialogue you choose</source>
        <translation>为所选对话撰写新闻稿</translation>
    </message>
    <message>
        <source>Filter by headline, dialogue, date or number</source>
        <translation>按标题、对话、日期或编号筛选</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>New Press Release</source>
        <translation>新建新闻稿</translation>
    </message>
    <message numerus="yes">
        <source>This dialogue already has %n press release(s); the latest is %1:

%2

Open it, or write another release of the same dialogue?</source>
        <translation>
            <numerusform>此对话已有 %n 篇新闻稿；最新一篇为%1：

%2

打开它，还是为同一对话另写一篇？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Write Another</source>
        <translation>另写一篇(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n press release(s)?

A published release is a public record: it can no longer be edited or deleted.</source>
        <translation>
            <numerusform>发布 %n 篇新闻稿？

已发布的新闻稿是公开记录：无法再编辑或删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n press release(s) as they stand?

Any later edit makes a release a draft again.</source>
        <translation>
            <numerusform>按现状批准 %n 篇新闻稿？

之后的任何编辑都会使新闻稿重新成为草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <source>Open Press Release</source>
        <translation>打开新闻稿</translation>
    </message>
    <message>
        <source>This dialogue has press releases in %1. Which one do you want to open?</source>
        <translation>本对话有%1新闻稿。要打开哪一份？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>rt::app::PressReleaseOutput</name>
    <message>
        <source>Characters without a font</source>
        <translation>缺少字体的字符</translation>
    </message>
    <message>
        <source>No installed font can show these characters, so they would print as empty boxes: %1 (%2).

Install a font that has them, or go on anyway?</source>
        <translation>没有已安装的字体能显示这些字符，打印时它们会显示为空框：%1（%2）。

请安装包含这些字符的字体，或者仍然继续？</translation>
    </message>
    <message>
        <source>Export Press Release</source>
        <translation>导出新闻稿</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;OpenDocument 文本 (*.odt)</translation>
    </message>
</context>
<context>
    <name>rt::app::PressReleasePage</name>
    <message>
        <source>Press Releases</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Open an archive to see its press releases.</source>
        <translation>打开档案库以查看其中的新闻稿。</translation>
    </message>
    <message>
        <source>&amp;Press Release</source>
        <translation>新闻稿(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New Press Release of This Dialogue</source>
        <translation>为此对话新建新闻稿(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export Press Releases of the Selected Dialogues…</source>
        <translation>导出所选对话的新闻稿(&amp;E)…</translation>
    </message>
    <message>
        <source>Show &amp;All Press Releases</source>
        <translation>显示全部新闻稿(&amp;A)</translation>
    </message>
</context>
<context>
    <name>rt::app::PressReleaseRevisionsDialog</name>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>恢复此修订版本(&amp;R)</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>This press release has no earlier texts yet: every save that changes the text keeps the one before as a revision.</source>
        <translation>此新闻稿还没有较早的正文：每次保存更改正文时，都会将之前的正文保留为一个修订版本。</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>恢复修订版本</translation>
    </message>
</context>
<context>
    <name>rt::app::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>未打开档案库。</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation>选择一行即可在此查看。</translation>
    </message>
    <message>
        <source>This record is no longer in the archive.</source>
        <translation>此记录已不在档案库中。</translation>
    </message>
</context>
<context>
    <name>rt::app::ReleaseImportQueue</name>
    <message>
        <source>Import Press Releases</source>
        <translation>导入新闻稿</translation>
    </message>
    <message>
        <source>Press releases (*.txt *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>新闻稿 (*.txt *.html *.htm *.docx *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Press Releases from Folder</source>
        <translation>从文件夹导入新闻稿</translation>
    </message>
    <message>
        <source>%1 accepted, %2 skipped</source>
        <translation>已接受 %1 篇，已跳过 %2 篇</translation>
    </message>
    <message>
        <source>; %1 not read:</source>
        <translation>；%1 篇未能读取：</translation>
    </message>
</context>
<context>
    <name>rt::app::ReleaseReviewDialog</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>把握</translation>
    </message>
    <message>
        <source>In the archive</source>
        <translation>档案库中</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Save this dialogue and keep the release as its published text (Ctrl+Return)</source>
        <translation>保存此对话，并将新闻稿保留为其已发布文本（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Leave this release out and go on with the next</source>
        <translation>略过这篇新闻稿，继续下一篇</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop importing; releases accepted so far stay saved (Escape)</source>
        <translation>停止导入；已接受的新闻稿仍会保存（Esc）</translation>
    </message>
    <message>
        <source>Skip Release</source>
        <translation>跳过新闻稿</translation>
    </message>
    <message>
        <source>Skip this release and lose your changes to it?</source>
        <translation>跳过这篇新闻稿并放弃对它的修改吗？</translation>
    </message>
    <message>
        <source>Release %1 of %2: %3</source>
        <translation>第 %1 篇，共 %2 篇：%3</translation>
    </message>
    <message>
        <source>%1 (matched by %2)</source>
        <translation>%1（按%2匹配）</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <source>Organisation (%1)</source>
        <translation>组织（%1）</translation>
    </message>
    <message>
        <source>Speech %1: %2</source>
        <translation>发言 %1：%2</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>议题 %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Cannot Accept</source>
        <translation>无法接受</translation>
    </message>
    <message>
        <source>This dialogue was not saved: %1</source>
        <translation>此对话未保存：%1</translation>
    </message>
    <message>
        <source>Stop Importing</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <source>Stop importing and lose your changes to this release? Releases accepted before it stay saved.</source>
        <translation>停止导入并放弃对这篇新闻稿的修改吗？之前已接受的新闻稿仍会保存。</translation>
    </message>
    <message>
        <source>%1 in English</source>
        <translation>%1（英文）</translation>
    </message>
    <message>
        <source>Organisation in English</source>
        <translation>机构英文名称</translation>
    </message>
    <message>
        <source>speech %1 has no speaker: name one, or remove the speech</source>
        <translation>第 %1 篇发言没有发言人：请指定一位，或删除该发言</translation>
    </message>
    <message>
        <source>pick, or type a new person&apos;s name</source>
        <translation>选择，或输入新人员的姓名</translation>
    </message>
    <message>
        <source>none; pick, or type a new name</source>
        <translation>无；选择，或输入新名称</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Add a speech after the selected one (or at the end)</source>
        <translation>在所选发言之后（或末尾）添加一篇发言</translation>
    </message>
    <message>
        <source>Leave the selected speech out of the record</source>
        <translation>不将所选发言记入记录</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>无发言人</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>（无发言人）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>the archive&apos;s contact (matched by e-mail address)</source>
        <translation>档案中的联系人（按电子邮件地址匹配）</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>Speech %1</source>
        <translation>发言 %1</translation>
    </message>
    <message>
        <source>Press contact</source>
        <translation>新闻联系方式</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>无联系人</translation>
    </message>
    <message>
        <source>A new contact, as the release gives it</source>
        <translation>新联系人，按新闻稿所给</translation>
    </message>
    <message>
        <source>The archive&apos;s: %1</source>
        <translation>档案中的：%1</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>所选项</translation>
    </message>
</context>
<context>
    <name>rt::app::SearchWidget</name>
    <message>
        <source>Saved searches</source>
        <translation>保存的检索</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>保存检索…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Narrow by</source>
        <translation>缩小范围</translation>
    </message>
    <message>
        <source>Click a value to narrow the search to it</source>
        <translation>点击某个值，将检索范围缩小到该值</translation>
    </message>
    <message>
        <source>Search dialogues: words, &quot;phrases&quot;, -word, OR, speaker: org: series: city: country: topic: format: year: after: before:</source>
        <translation>检索对话：词语、&quot;短语&quot;、-word、OR、speaker: org: series: city: country: topic: format: year: after: before:</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>检索不可用：%1</translation>
    </message>
    <message>
        <source>No dialogue found</source>
        <translation>未找到对话</translation>
    </message>
    <message>
        <source>Dialogues found: %1</source>
        <translation>找到的对话：%1</translation>
    </message>
    <message>
        <source> — showing the best %1</source>
        <translation> — 显示最相关的 %1 条</translation>
    </message>
    <message>
        <source> (ignored: %1)</source>
        <translation> （已忽略：%1）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>无法保存检索</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>保存检索</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>检索名称：</translation>
    </message>
    <message>
        <source>Cannot remove the saved search</source>
        <translation>无法删除保存的检索</translation>
    </message>
    <message>
        <source>Dialogues found that it took part in: named in any role or spoken for by one of its people</source>
        <translation>找到的对话中其参与的场次：以任何角色列名或由其人员代表发言</translation>
    </message>
</context>
<context>
    <name>rt::app::SpeakerPicker</name>
    <message>
        <source>Last spoke on %1 as %2</source>
        <translation>最近一次发言于 %1，职务为 %2</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无职务）</translation>
    </message>
    <message>
        <source>No other speech in the archive yet</source>
        <translation>档案库中还没有其他发言</translation>
    </message>
</context>
<context>
    <name>rt::app::StatisticsWidget</name>
    <message>
        <source>Count the dialogues a search matches (all without one): e.g. year:2022 org:UNEP, country:LA, format:online</source>
        <translation>统计搜索匹配的对话（不填则统计全部）：例如 year:2022 org:UNEP、country:LA、format:online</translation>
    </message>
    <message>
        <source>Click a bar to see its dialogues; right-click to save or copy the chart</source>
        <translation>点击柱条查看其对话；右键可保存或复制图表</translation>
    </message>
    <message>
        <source>Statistics are not available: %1</source>
        <translation>统计不可用：%1</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>另存为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <source>%1 dialogues · %2 speeches · %3 speakers · %4 organisations. Click a bar to see its dialogues.</source>
        <translation>%1 场对话 · %2 次发言 · %3 位发言人 · %4 个组织。点击柱条查看其对话。</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>无法保存图表</translation>
    </message>
</context>
<context>
    <name>rt::app::TableTransfer</name>
    <message>
        <source>Import &amp;Table…</source>
        <translation>导入表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Add people, organisations, contacts or dialogues from a CSV or Excel sheet</source>
        <translation>从 CSV 或 Excel 表格添加人员、机构、联系方式或对话</translation>
    </message>
    <message>
        <source>Import &amp;Address Book…</source>
        <translation>导入通讯录(&amp;A)…</translation>
    </message>
    <message>
        <source>Add people and contacts from a vCard file</source>
        <translation>从 vCard 文件添加人员和联系方式</translation>
    </message>
    <message>
        <source>Export A&amp;ddress Book…</source>
        <translation>导出通讯录(&amp;D)…</translation>
    </message>
    <message>
        <source>Write every person and contact as vCard 4.0, for an address book</source>
        <translation>将所有人员和联系方式写成 vCard 4.0，供通讯录使用</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the dialogues as iCalendar events, for any calendar program</source>
        <translation>将对话写成 iCalendar 事件，供任何日历程序使用</translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;CSV (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>; 1 row already in the archive left out</source>
        <translation>；1 行已在档案中，未导入</translation>
    </message>
    <message>
        <source>; %1 rows already in the archive left out</source>
        <translation>；%1 行已在档案中，未导入</translation>
    </message>
    <message>
        <source>Import Address Book</source>
        <translation>导入通讯录</translation>
    </message>
    <message>
        <source>vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Left out as already in the archive:</source>
        <translation>因已在档案中而未导入：</translation>
    </message>
    <message>
        <source>Export Address Book</source>
        <translation>导出通讯录</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>1 card written to %1</source>
        <translation>已将 1 张名片写入 %1</translation>
    </message>
    <message>
        <source>%1 cards written to %2</source>
        <translation>已将 %1 张名片写入 %2</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>Which dialogues? A search such as year:2025 or series:&quot;Green Lancang-Mekong&quot;; empty for all:</source>
        <translation>导出哪些对话？输入搜索，如 year:2025 或 series:&quot;Green Lancang-Mekong&quot;；留空表示全部：</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>1 event written to %1</source>
        <translation>已将 1 个事件写入 %1</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>已将 %1 个事件写入 %2</translation>
    </message>
</context>
<context>
    <name>rt::app::TranslatedFields</name>
    <message>
        <source>The language the text fields show and edit (Ctrl+Shift+L: the next one)</source>
        <translation>文本字段显示和编辑所用的语言（Ctrl+Shift+L：下一种）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>英文：%1</translation>
    </message>
    <message>
        <source>No %1 yet. English: %2</source>
        <translation>尚无%1文本。英文：%2</translation>
    </message>
    <message>
        <source>Every field with English text has %1.</source>
        <translation>所有有英文文本的字段都已有%1文本。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) lack %1.</source>
        <translation>
            <numerusform>%n 个字段缺少%1文本。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::cli</name>
    <message>
        <source>ok</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>skipping unsound backup %1</source>
        <translation>跳过不完好的备份 %1</translation>
    </message>
    <message>
        <source>there is no sound backup of %1</source>
        <translation>%1 没有完好的备份</translation>
    </message>
    <message>
        <source>the archive as it was is kept at %1</source>
        <translation>原档案库保留在 %1</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>backups of %1 in %2 (newest first; the last %3 are kept, at most one a %4 h):</source>
        <translation>%1 的备份，位于 %2（最新的在前；保留最近 %3 个，每 %4 小时最多一个）：</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see roundtable --help</source>
        <translation>未知命令“%1”；参见 roundtable --help</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>%1 takes %2; see roundtable %1 --help</source>
        <translation>%1 需要 %2；参见 roundtable %1 --help</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>Show at most N hits (default %1).</source>
        <translation>最多显示 N 条结果（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Search the archive. QUERY: words, &quot;phrases&quot;, word*, -word, OR, ( ), and the fields speaker: org: series: city: country: topic: format: year: after: before:. Put -- before a query that starts with -, e.g. roundtable search -- -dam mekong.</source>
        <translation>检索档案库。QUERY：词语、&quot;短语&quot;、word*、-word、OR、( )，以及字段 speaker: org: series: city: country: topic: format: year: after: before:。以 - 开头的查询前请加 --，例如 roundtable search -- -dam mekong。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more</source>
        <translation>--limit 需要 0 或更大的整数</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot;: it holds no letter or digit</source>
        <translation>已忽略“%1”：其中没有字母或数字</translation>
    </message>
    <message>
        <source>, showing the best %1</source>
        <translation>，显示最相关的 %1 条</translation>
    </message>
    <message>
        <source>search index rebuilt (%1 KiB)</source>
        <translation>检索索引已重建（%1 KiB）</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Generate a fresh draft through this template instead of using the saved release.</source>
        <translation>用此模板生成新草稿，而不使用已保存的新闻稿。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>pdf, html or odt (default: from FILE&apos;s suffix, else pdf).</source>
        <translation>pdf、html 或 odt（默认：根据 FILE 的后缀，否则为 pdf）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>press-release needs --output FILE</source>
        <translation>press-release 需要 --output FILE</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (pdf, html or odt)</source>
        <translation>未知格式“%1”（pdf、html 或 odt）</translation>
    </message>
    <message>
        <source>no dialogue with key or id &quot;%1&quot;</source>
        <translation>没有键或编号为“%1”的对话</translation>
    </message>
    <message>
        <source>warning: no installed font can show %1</source>
        <translation>警告：没有已安装的字体能显示 %1</translation>
    </message>
    <message>
        <source>%1 written (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
    <message>
        <source>Dialogues found: %1</source>
        <translation>找到的对话：%1</translation>
    </message>
    <message>
        <source>US Letter pages, whatever the preference.</source>
        <translation>使用美国 Letter 纸张，不论首选项如何。</translation>
    </message>
    <message>
        <source>A4 pages, whatever the preference.</source>
        <translation>使用 A4 纸张，不论首选项如何。</translation>
    </message>
    <message>
        <source>choose --letter or --a4, not both</source>
        <translation>请选择 --letter 或 --a4，不能同时使用</translation>
    </message>
    <message>
        <source> (nothing was imported)</source>
        <translation>（未导入任何内容）</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Report on the dialogues a search matches instead of a year, e.g. &quot;org:UNEP year:2022&quot;.</source>
        <translation>报告符合搜索的对话而不是某一年，例如 &quot;org:UNEP year:2022&quot;。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>The title on the cover (default: Annual Report YEAR).</source>
        <translation>封面标题（默认：YEAR 年度报告）。</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>report needs --output FILE.pdf</source>
        <translation>report 需要 --output FILE.pdf</translation>
    </message>
    <message>
        <source>report needs a YEAR or --query QUERY (one of them)</source>
        <translation>report 需要 YEAR 或 --query QUERY（二者之一）</translation>
    </message>
    <message>
        <source>--query needs a search, e.g. --query &quot;org:UNEP&quot;</source>
        <translation>--query 需要搜索条件，例如 --query &quot;org:UNEP&quot;</translation>
    </message>
    <message>
        <source>%1 written: %2, %3</source>
        <translation>已写入 %1：%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n 场对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the letterhead&apos;s logo is left out: %1 (choose it again in Preferences)</source>
        <translation>警告：信笺标志未能加入：%1（请在首选项中重新选择）</translation>
    </message>
    <message>
        <source>Print the hits as a JSON list of {key, id, title, titles, date, city, score, snippet}; titles holds the title in each language, by tag.</source>
        <translation>以 JSON 列表输出结果：{key, id, title, titles, date, city, score, snippet}；titles 按语言标记列出各语言的标题。</translation>
    </message>
    <message>
        <source>The release&apos;s language, zh or en (default: the saved release&apos;s own language, else en).</source>
        <translation>新闻稿的语言，zh 或 en（默认：已保存新闻稿自身的语言，否则为 en）。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (zh or en)</source>
        <translation>未知语言“%1”（应为 zh 或 en）</translation>
    </message>
    <message>
        <source>saved release, %1, %2</source>
        <translation>已保存的新闻稿，%1，%2</translation>
    </message>
    <message>
        <source>fresh draft, %1</source>
        <translation>新草稿，%1</translation>
    </message>
    <message>
        <source>Print the proposed record as roundtable/1 JSON (for `roundtable import`); the summary goes to stderr.</source>
        <translation>以 roundtable/1 JSON 输出拟建的记录（供 `roundtable import` 使用）；摘要输出到 stderr。</translation>
    </message>
    <message>
        <source>organisation </source>
        <translation>组织 </translation>
    </message>
    <message>
        <source>  = archive&apos;s, by %1</source>
        <translation>  = 档案库中已有，按 %1</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  （新建）</translation>
    </message>
    <message>
        <source>speech </source>
        <translation>发言 </translation>
    </message>
    <message>
        <source>  = archive&apos;s</source>
        <translation>  = 档案库中已有</translation>
    </message>
    <message>
        <source>topic </source>
        <translation>议题 </translation>
    </message>
    <message>
        <source>contact </source>
        <translation>联系人 </translation>
    </message>
    <message>
        <source>about </source>
        <translation>简介 </translation>
    </message>
    <message>
        <source>, %1 left out as already in the archive</source>
        <translation>，%1 条因已在档案中而未导入</translation>
    </message>
    <message>
        <source>What the rows are: people, organisations, contacts or dialogues.</source>
        <translation>各行的类型：people（人员）、organisations（机构）、contacts（联系方式）或 dialogues（对话）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>A JSON file of column header to field name; without it, the headers must be the field names.</source>
        <translation>“列标题 → 字段名”的 JSON 文件；不提供时，列标题必须就是字段名。</translation>
    </message>
    <message>
        <source>Import the rows of a CSV or XLSX sheet as people, organisations, contacts or dialogues, all or nothing, under the rules of a JSON import. Rows already in the archive are listed and left out.</source>
        <translation>将 CSV 或 XLSX 表格的各行导入为人员、机构、联系方式或对话，按 JSON 导入的规则，要么全部导入，要么都不导入。已在档案中的行会列出并跳过。</translation>
    </message>
    <message>
        <source>import-table needs --kind people|organisations|contacts|dialogues</source>
        <translation>import-table 需要 --kind people|organisations|contacts|dialogues</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is none of people, organisations, contacts, dialogues</source>
        <translation>--kind “%1”不是 people、organisations、contacts、dialogues 之一</translation>
    </message>
    <message>
        <source>%1: 1 row cannot be taken; nothing was imported</source>
        <translation>%1：1 行无法导入；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: %2 rows cannot be taken; nothing was imported</source>
        <translation>%1：%2 行无法导入；未导入任何内容</translation>
    </message>
    <message>
        <source>1 card written to %1</source>
        <translation>已将 1 张名片写入 %1</translation>
    </message>
    <message>
        <source>%1 cards written to %2</source>
        <translation>已将 %1 张名片写入 %2</translation>
    </message>
    <message>
        <source>Write the dialogues as an iCalendar file, one all-day event per dialogue; with QUERY (the search language, as roundtable search takes it) only the dialogues it matches.</source>
        <translation>将对话写成 iCalendar 文件，每个对话一个全天事件；给出 QUERY（搜索语言，与 roundtable search 相同）时，只写入匹配的对话。</translation>
    </message>
    <message>
        <source>1 event written to %1</source>
        <translation>已将 1 个事件写入 %1</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>已将 %1 个事件写入 %2</translation>
    </message>
    <message>
        <source>%1: an archive cannot be copied into itself</source>
        <translation>%1：档案库不能复制到其自身</translation>
    </message>
    <message>
        <source>%1 dialogues, %2 people, %3 organisations and %4 contacts copied to %5</source>
        <translation>已将 %1 场对话、%2 位人员、%3 个机构和 %4 个联系方式复制到 %5</translation>
    </message>
    <message>
        <source>Usage: roundtable [--database FILE|ADDRESS] [COMMAND] [ARGUMENTS]

Keeps the record of every dialogue an environmental cooperation centre holds, and
prints, publishes and searches it. Without a command, opens the window.

Commands:
</source>
        <translation>用法：roundtable [--database FILE|ADDRESS] [COMMAND] [ARGUMENTS]

记录环境合作中心举办的每一场对话，并据此印发、发布和检索。
不带命令时打开程序窗口。

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  -d, --database FILE|ADDRESS       the archive: a file (default: %1), or
                                    postgresql://[user@]host[:port]/database
  -h, --help                        this help; with a command, that command&apos;s help
  -v, --version                     the program&apos;s version

Exit status: 0 success, 1 failure (one line on stderr), 2 usage error.
</source>
        <translation>
选项：
  -d, --database FILE|ADDRESS       档案库：一个文件（默认：%1），或
                                    postgresql://[user@]host[:port]/database
  -h, --help                        本帮助；与命令一起使用时显示该命令的帮助
  -v, --version                     程序版本

退出状态：0 成功，1 失败（在 stderr 上输出一行说明），2 用法错误。
</translation>
    </message>
    <message>
        <source>%1: server-init works on a server address only (postgresql://…)</source>
        <translation>%1：server-init 只能用于服务器地址（postgresql://…）</translation>
    </message>
    <message>
        <source>%1; server-init is run by the archive&apos;s owner</source>
        <translation>%1；server-init 须由档案所有者运行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is a Roundtable archive (version %2)</source>
        <translation>%1 是 Roundtable 档案（版本 %2）</translation>
    </message>
    <message>
        <source>To let a login change the archive (the first line) or only read and search it (the second), run as the database&apos;s owner, e.g. in psql:</source>
        <translation>要让某个登录名可以修改档案（第一行）或只能读取和搜索（第二行），请以数据库所有者身份运行，例如在 psql 中：</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 (Roundtable reads file names, addresses and queries in UTF-8 only; a file so named needs renaming)</source>
        <translation>%1：不是有效的 UTF-8（Roundtable 只读取 UTF-8 编码的文件名、地址和查询；这样命名的文件需要改名）</translation>
    </message>
</context>
</TS>
