<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BodyEditor</name>
    <message>
        <source>Write the body in Markdown: a blank line between paragraphs, **bold**, *italic*, - lists, &gt; quotations, [links](https://…).</source>
        <translation>用 Markdown 撰写正文：段落之间空一行，**粗体**，*斜体*，- 列表，&gt; 引文，[链接](https://…)。</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>粗体（Ctrl+B）</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>斜体（Ctrl+I）</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Insert a link (Ctrl+K)</source>
        <translation>插入链接（Ctrl+K）</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>链接文字</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>This does not look like a valid {what}; it is kept as typed.</source>
        <translation>这看起来不是有效的{what}；已按输入内容保留。</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Untitled release</source>
        <translation>未命名新闻稿</translation>
    </message>
    <message>
        <source>untitled.release</source>
        <translation>未命名.release</translation>
    </message>
    <message>
        <source>{name} is open in ReleaseDesk for {holder}; save under another name.</source>
        <translation>{name} 正由 {holder} 在 ReleaseDesk 中打开；请另存为其他名称。</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace in the body</source>
        <translation>在正文中查找和替换</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>Replaced {n}.</source>
        <translation>已替换 {n} 处。</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The headline is missing.</source>
        <translation>缺少标题。</translation>
    </message>
    <message>
        <source>The headline has {length} characters; keep it to {max} or fewer.</source>
        <translation>标题有 {length} 个字符；请控制在 {max} 个以内。</translation>
    </message>
    <message>
        <source>There is no media contact.</source>
        <translation>没有媒体联系人。</translation>
    </message>
    <message>
        <source>{who} has neither an e-mail nor a phone.</source>
        <translation>{who} 既没有电子邮件也没有电话。</translation>
    </message>
    <message>
        <source>{who}&apos;s e-mail address &quot;{value}&quot; looks wrong.</source>
        <translation>{who} 的电子邮件地址“{value}”看起来有误。</translation>
    </message>
    <message>
        <source>{who}&apos;s phone number &quot;{value}&quot; looks wrong.</source>
        <translation>{who} 的电话号码“{value}”看起来有误。</translation>
    </message>
    <message>
        <source>The release is embargoed but has no embargo date, time and zone.</source>
        <translation>新闻稿设为禁发，但没有解禁的日期、时间和时区。</translation>
    </message>
    <message>
        <source>The embargo has already passed; release it for immediate use.</source>
        <translation>禁发时间已过；请改为即时发布。</translation>
    </message>
    <message>
        <source>&quot;{phrase}&quot; does not match: {date} is a {weekday}.</source>
        <translation>“{phrase}”不一致：{date} 是{weekday}。</translation>
    </message>
    <message>
        <source>The body has {words} words; a release usually needs at least {min}.</source>
        <translation>正文有 {words} 词；一篇新闻稿通常至少需要 {min} 词。</translation>
    </message>
    <message>
        <source>The body has {words} words; keep it under {max}.</source>
        <translation>正文有 {words} 词；请控制在 {max} 词以内。</translation>
    </message>
    <message>
        <source>The body has {links} links in {words} words; keep it to one link per {per} words.</source>
        <translation>正文 {words} 词中有 {links} 个链接；请保持每 {per} 词最多一个链接。</translation>
    </message>
    <message>
        <source>The standard footer is empty.</source>
        <translation>标准页脚为空。</translation>
    </message>
    <message>
        <source>The standard footer differs from the current “{profile}” house style; update it from the profile.</source>
        <translation>标准页脚与当前“{profile}”机构样式不一致；请按该样式更新。</translation>
    </message>
    <message>
        <source>The release has no release date.</source>
        <translation>新闻稿没有发布日期。</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <source>House style</source>
        <translation>机构样式</translation>
    </message>
    <message>
        <source>One line per footer line; for a link write: text | https://…</source>
        <translation>每行一条页脚；链接请写作：文字 | https://…</translation>
    </message>
    <message>
        <source>Print the status line (FOR IMMEDIATE RELEASE …)</source>
        <translation>打印状态行（即时发布……）</translation>
    </message>
    <message>
        <source>{date}, or e.g. Release time: {date}</source>
        <translation>{date}，或例如：发布时间：{date}</translation>
    </message>
    <message>
        <source>Nov. 25, 2026 (AP)</source>
        <translation>Nov. 25, 2026（美联社格式）</translation>
    </message>
    <message>
        <source>November 25, 2026</source>
        <translation>November 25, 2026（英文长格式）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Default dateline</source>
        <translation>默认电头</translation>
    </message>
    <message>
        <source>About (boilerplate)</source>
        <translation>机构简介</translation>
    </message>
    <message>
        <source>Standard footer</source>
        <translation>标准页脚</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>媒体联系人</translation>
    </message>
    <message>
        <source>Release line</source>
        <translation>发布行</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>End mark</source>
        <translation>结束标记</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source>Skipped: </source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Built-in profile: saving keeps your changes as your own copy of it.</source>
        <translation>内置样式：保存时会将您的修改存为自己的副本。</translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, dots, dashes or underscores, like “city-portal”.</source>
        <translation>样式名称只能使用字母、数字、点、连字符或下划线，例如“city-portal”。</translation>
    </message>
    <message>
        <source>The release line must contain {date} where the date goes, or be empty.</source>
        <translation>发布行必须在日期的位置包含 {date}，或留空。</translation>
    </message>
    <message>
        <source>The standard footer needs at least one line.</source>
        <translation>标准页脚至少需要一行。</translation>
    </message>
    <message>
        <source>© Your organisation</source>
        <translation>© 贵机构</translation>
    </message>
    <message>
        <source>A profile with that name is already installed. Replace it?</source>
        <translation>已安装同名样式。要替换吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Readiness&lt;/b&gt;</source>
        <translation>&lt;b&gt;发布检查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Web page…</source>
        <translation>网页(&amp;W)…</translation>
    </message>
    <message>
        <source>HTML &amp;fragment…</source>
        <translation>HTML 片段(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Word document…</source>
        <translation>Word 文档(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Plain text…</source>
        <translation>纯文本(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;All formats…</source>
        <translation>全部格式(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML fragment</source>
        <translation>复制为 HTML 片段(&amp;H)</translation>
    </message>
    <message>
        <source>Copy as plain &amp;text</source>
        <translation>复制为纯文本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Find and Replace in Body…</source>
        <translation>在正文中查找和替换(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>显示预览(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;House Style…</source>
        <translation>机构样式(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>关于 ReleaseDesk(&amp;A)</translation>
    </message>
    <message>
        <source>The new interface language is used the next time ReleaseDesk starts.</source>
        <translation>新的界面语言将在下次启动 ReleaseDesk 时生效。</translation>
    </message>
    <message>
        <source>{name} is being edited by {holder}, so it is open read-only here. Use Save As to keep your own copy.</source>
        <translation>{name} 正由 {holder} 编辑，因此此处以只读方式打开。请使用“另存为”保留您自己的副本。</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>HTML fragment</source>
        <translation>HTML 片段</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <source>Exported {n} files to {folder}</source>
        <translation>已将 {n} 个文件导出到 {folder}</translation>
    </message>
    <message>
        <source>HTML fragment copied</source>
        <translation>已复制 HTML 片段</translation>
    </message>
    <message>
        <source>Plain text copied</source>
        <translation>已复制纯文本</translation>
    </message>
    <message>
        <source>Something went wrong inside ReleaseDesk. Your text is still in the window and in the recovery copy; details were written to {log}.</source>
        <translation>ReleaseDesk 内部出错。您的文字仍在窗口中并已存入恢复副本；详细信息已写入 {log}。</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>关于 ReleaseDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReleaseDesk {version}&lt;/b&gt;&lt;p&gt;Press releases drafted in a structured form and exported to HTML, Word and plain text with the organisation&apos;s standard footer.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ReleaseDesk {version}&lt;/b&gt;&lt;p&gt;用结构化表单撰写新闻稿，并导出为带有机构标准页脚的 HTML、Word 文档和纯文本。&lt;/p&gt;&lt;p&gt;以 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name}（只读）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{words} words · {chars} characters · {minutes} min read</source>
        <translation>{words} 词 · {chars} 字符 · 阅读约 {minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Exported releases use the language set in each release, not the interface language.</source>
        <translation>导出的新闻稿使用各稿件自身设定的语言，而不是界面语言。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>关闭前是否保存对“{name}”的更改？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else since you opened it. Overwrite it with your version?</source>
        <translation>自您打开以来，“{name}”已被他人修改。要用您的版本覆盖它吗？</translation>
    </message>
    <message>
        <source>an untitled release</source>
        <translation>一篇未命名新闻稿</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的内容</translation>
    </message>
    <message>
        <source>ReleaseDesk closed unexpectedly. Restore your unsaved changes to {name} (autosaved {when})?</source>
        <translation>ReleaseDesk 意外关闭。要恢复您对 {name} 未保存的更改吗（自动保存于 {when}）？</translation>
    </message>
    <message>
        <source>Open release</source>
        <translation>打开新闻稿</translation>
    </message>
    <message>
        <source>Save release</source>
        <translation>保存新闻稿</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Blank release (no house style)</source>
        <translation>空白新闻稿（不使用机构样式）</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>新建新闻稿</translation>
    </message>
    <message>
        <source>Start from the house style of:</source>
        <translation>使用以下机构样式开始：</translation>
    </message>
    <message>
        <source>Import house style</source>
        <translation>导入机构样式</translation>
    </message>
    <message>
        <source>ReleaseDesk profile (*.json)</source>
        <translation>ReleaseDesk 机构样式 (*.json)</translation>
    </message>
    <message>
        <source>Export house style</source>
        <translation>导出机构样式</translation>
    </message>
    <message>
        <source>Export all formats to</source>
        <translation>将全部格式导出到</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Ready to send: no findings.</source>
        <translation>可以发布：没有发现问题。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}：{message}</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>点击转到该字段</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <source>What happened, in one line</source>
        <translation>用一句话说明发生了什么</translation>
    </message>
    <message>
        <source>Optional: one more line of detail</source>
        <translation>可选：再用一行补充细节</translation>
    </message>
    <message>
        <source>For immediate release</source>
        <translation>即时发布</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>禁发至</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>CITY, as it leads the first paragraph</source>
        <translation>城市，置于第一段开头</translation>
    </message>
    <message>
        <source>About the organisation (Markdown)</source>
        <translation>关于本机构（Markdown）</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The standard footer belongs to the organisation&apos;s house style; it is printed at the end of every export and cannot be edited here (Tools ▸ House style…).</source>
        <translation>标准页脚属于机构样式，会印在每份导出文件的末尾，不能在此处编辑（工具 ▸ 机构样式…）。</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Embargo lifts</source>
        <translation>解禁时间</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>媒体联系人</translation>
    </message>
    <message>
        <source>About and footer</source>
        <translation>简介与页脚</translation>
    </message>
    <message>
        <source>About (boilerplate)</source>
        <translation>机构简介</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>End mark</source>
        <translation>结束标记</translation>
    </message>
    <message>
        <source>Standard footer</source>
        <translation>标准页脚</translation>
    </message>
    <message>
        <source>Update the footer from the “{name}” house style</source>
        <translation>按“{name}”机构样式更新页脚</translation>
    </message>
    <message>
        <source>{n} / {max}</source>
        <translation>{n} / {max}</translation>
    </message>
    <message>
        <source>Headlines over {max} characters get cut off in feeds and inboxes.</source>
        <translation>超过 {max} 个字符的标题会在信息流和收件箱中被截断。</translation>
    </message>
</context>
</TS>
