<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>{folder} is a link to another folder, and the photos of the page go there; remove the link or export to another folder.</source>
        <translation>{folder} 是指向另一文件夹的链接，网页的图片会写到那里；请删除该链接或导出到其他文件夹。</translation>
    </message>
    <message>
        <source>--for-review writes a .docx file; give its name with -o.</source>
        <translation>--for-review 会写出一个 .docx 文件；请用 -o 指定文件名。</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>写入导出文件</translation>
    </message>
    <message>
        <source>--list and --accept-all read a review onto a release; name it with --onto.</source>
        <translation>--list 和 --accept-all 会把审阅读入一份新闻稿；请用 --onto 指定该新闻稿。</translation>
    </message>
    <message>
        <source>{folder} is a file, and the page&apos;s photos go in a folder of that name; move the file or export under another name.</source>
        <translation>{folder} 是一个文件，而网页的照片要放在同名文件夹中；请移走该文件，或换一个名称导出。</translation>
    </message>
    <message>
        <source>{target} is the release file being exported; choose another name for the export.</source>
        <translation>{target} 就是正在导出的新闻稿文件；请为导出文件另选一个名称。</translation>
    </message>
    <message>
        <source>The exports {first} and {second} would be one file; choose other names.</source>
        <translation>导出文件 {first} 和 {second} 会是同一个文件；请另选名称。</translation>
    </message>
    <message>
        <source>Ready: no findings.</source>
        <translation>就绪：没有发现问题。</translation>
    </message>
    <message>
        <source>releasedesk: not exported: {errors} found (--strict).</source>
        <translation>releasedesk：未导出：发现 {errors}（--strict）。</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <source>{target} was made by another program meanwhile; choose another name or add --force to replace it.</source>
        <translation>{target} 在此期间已被其他程序创建；请换一个名称，或加上 --force 替换它。</translation>
    </message>
    <message>
        <source>{target} is the draft being imported; choose another name for the release with -o.</source>
        <translation>{target} 就是正在导入的草稿；请用 -o 为新闻稿另取一个名称。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a release file.</source>
        <translation>{name} 是文件夹，不是新闻稿文件。</translation>
    </message>
    <message>
        <source>{name} is {size} MB, larger than any release ({max} MB at most); it was not opened.</source>
        <translation>{name} 大小为 {size} MB，超出任何新闻稿的大小（最多 {max} MB）；未打开。</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}.</source>
        <translation>{name} 已损坏：{problem}。</translation>
    </message>
    <message>
        <source>The history of {name} is damaged ({problem}); it was set aside, and a new history starts with the next save.</source>
        <translation>{name} 的历史记录已损坏（{problem}）；已将其搁置，下次保存时开始新的历史记录。</translation>
    </message>
    <message>
        <source>&quot;workflow&quot; should be an object</source>
        <translation>“workflow”应为对象</translation>
    </message>
    <message>
        <source>the workflow status &quot;{value}&quot; is not one of {options}</source>
        <translation>流程状态“{value}”不是 {options} 之一</translation>
    </message>
    <message>
        <source>&quot;signoffs&quot; should be a list</source>
        <translation>“signoffs”应为列表</translation>
    </message>
    <message>
        <source>&quot;published&quot; should be an object</source>
        <translation>“published”应为对象</translation>
    </message>
    <message>
        <source>&quot;published&quot; has no valid time</source>
        <translation>“published”没有有效的时间</translation>
    </message>
    <message>
        <source>&quot;published&quot; has no valid fingerprint</source>
        <translation>“published”没有有效的指纹</translation>
    </message>
    <message>
        <source>sign-off {item} should be an object</source>
        <translation>第 {item} 条签发应为对象</translation>
    </message>
    <message>
        <source>the &quot;{key}&quot; of sign-off {item} should be text</source>
        <translation>第 {item} 条签发的“{key}”应为文本</translation>
    </message>
    <message>
        <source>sign-off {item} names nobody</source>
        <translation>第 {item} 条签发没有签发人</translation>
    </message>
    <message>
        <source>sign-off {item} has no valid time (a date and time with its UTC offset)</source>
        <translation>第 {item} 条签发没有有效的时间（应为带 UTC 偏移的日期和时间）</translation>
    </message>
    <message>
        <source>sign-off {item} has no valid fingerprint</source>
        <translation>第 {item} 条签发没有有效的指纹</translation>
    </message>
    <message>
        <source>&quot;approval&quot; should be an object</source>
        <translation>“approval”应为对象</translation>
    </message>
    <message>
        <source>&quot;signoffs&quot; should be a list of role names, such as &quot;Director&quot;</source>
        <translation>“signoffs”应为职责名称列表，例如“Director”</translation>
    </message>
    <message>
        <source>&quot;required&quot; should be true or false</source>
        <translation>“required”应为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;public_key&quot; should be text such as &quot;ed25519:…&quot;</source>
        <translation>“public_key”应为文本，例如“ed25519:…”</translation>
    </message>
    <message>
        <source>&quot;public_key&quot; is not an Ed25519 public key (&quot;ed25519:&quot; and 44 characters of base64)</source>
        <translation>“public_key”不是 Ed25519 公钥（应为“ed25519:”加 44 个 base64 字符）</translation>
    </message>
    <message>
        <source>it is not a list</source>
        <translation>它不是列表</translation>
    </message>
    <message>
        <source>version {number} is incomplete</source>
        <translation>第 {number} 个版本不完整</translation>
    </message>
    <message>
        <source>{path} is neither an export folder nor a package (ZIP); give the folder that holds {manifest}.</source>
        <translation>{path} 既不是导出文件夹，也不是发布包（ZIP）；请指定包含 {manifest} 的文件夹。</translation>
    </message>
    <message>
        <source>{path} unpacks to more than 4 GB; it is no package of ReleaseDesk&apos;s.</source>
        <translation>{path} 解压后超过 4 GB，不是 ReleaseDesk 的发布包。</translation>
    </message>
    <message>
        <source>{path} does not exist. Check the name and folder.</source>
        <translation>{path} 不存在。请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>{name} is a folder entry, which no package of ReleaseDesk&apos;s holds: the package was altered.</source>
        <translation>{name} 是文件夹条目，ReleaseDesk 的压缩包中不会有：压缩包已被改动。</translation>
    </message>
    <message>
        <source>{name} unpacks as a link to another file, not as a file: the package was altered; do not unpack it.</source>
        <translation>{name} 解压后是指向其他文件的链接，而不是文件：压缩包已被改动，请勿解压。</translation>
    </message>
    <message>
        <source>{name} is in the package twice, and unpacking programs differ in which copy they keep: the package was altered.</source>
        <translation>{name} 在压缩包中出现了两次，不同的解压程序保留的副本不同：压缩包已被改动。</translation>
    </message>
    <message>
        <source>{name} would be unpacked outside the package&apos;s folder: the package was altered; do not unpack it.</source>
        <translation>{name} 会被解压到压缩包文件夹之外：压缩包已被改动，请勿解压。</translation>
    </message>
    <message>
        <source>{name} is outside the package&apos;s folder {folder}: it was added later; do not unpack the package.</source>
        <translation>{name} 位于压缩包文件夹 {folder} 之外：是后来加入的；请勿解压此压缩包。</translation>
    </message>
    <message>
        <source>{path} holds bytes before, between or after its entries, which no package of ReleaseDesk&apos;s does: it was altered.</source>
        <translation>{path} 在其条目之前、之间或之后还有其他数据，ReleaseDesk 的压缩包不会这样：压缩包已被改动。</translation>
    </message>
    <message>
        <source>{name} is a link to a file elsewhere, not a file of the export: remove it.</source>
        <translation>{name} 是指向别处文件的链接，不是导出的文件：请将其删除。</translation>
    </message>
    <message>
        <source>{name} is a pipe, device or socket, not a file of the export: remove it.</source>
        <translation>{name} 是管道、设备或套接字，不是导出的文件：请将其删除。</translation>
    </message>
    <message>
        <source>There is no {manifest} in {path}: it is not an export of ReleaseDesk, or the manifest was removed.</source>
        <translation>{path} 中没有 {manifest}：它不是 ReleaseDesk 的导出，或清单已被删除。</translation>
    </message>
    <message>
        <source>{manifest} is damaged or was edited by hand ({problem}); ask the office for the export again.</source>
        <translation>{manifest} 已损坏或被手工改动（{problem}）；请向发稿单位重新索取导出文件。</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>not a ReleaseDesk manifest</source>
        <translation>不是 ReleaseDesk 清单</translation>
    </message>
    <message>
        <source>{manifest} was written by a newer ReleaseDesk (manifest version {version}); update ReleaseDesk to check it.</source>
        <translation>{manifest} 由更新版本的 ReleaseDesk 写入（清单格式 {version}）；请更新 ReleaseDesk 后再核验。</translation>
    </message>
    <message>
        <source>no valid release fingerprint</source>
        <translation>没有有效的稿件指纹</translation>
    </message>
    <message>
        <source>its list of files is not valid</source>
        <translation>其文件列表无效</translation>
    </message>
    <message>
        <source>its sign-offs are not valid</source>
        <translation>其签发记录无效</translation>
    </message>
    <message>
        <source>{signature} was not checked: give the office&apos;s public key (--key) or install its house style to check it.</source>
        <translation>未核验 {signature}：请提供发稿单位的公钥（--key）或安装其机构样式后再核验。</translation>
    </message>
    <message>
        <source>{signature} is missing: these files were not signed with the office&apos;s key.</source>
        <translation>缺少 {signature}：这些文件没有用发稿单位的密钥签名。</translation>
    </message>
    <message>
        <source>{signature} is damaged; it proves nothing.</source>
        <translation>{signature} 已损坏，不能证明任何内容。</translation>
    </message>
    <message>
        <source>{signature} was made with another key ({other}), not the office&apos;s ({office}): treat these files as a forgery.</source>
        <translation>{signature} 由另一把密钥（{other}）签名，而非发稿单位的密钥（{office}）：请将这些文件视为伪造。</translation>
    </message>
    <message>
        <source>{manifest} was changed after the office signed it: treat these files as a forgery.</source>
        <translation>{manifest} 在发稿单位签名后被改动：请将这些文件视为伪造。</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>缺少 {name}。</translation>
    </message>
    <message>
        <source>{name} cannot be read: the package or disk is damaged.</source>
        <translation>无法读取 {name}：发布包或磁盘已损坏。</translation>
    </message>
    <message>
        <source>{name} is an export of another release ({other}), not of the one {manifest} describes ({expected}).</source>
        <translation>{name} 是另一篇稿件（{other}）的导出，而不是 {manifest} 所描述的稿件（{expected}）。</translation>
    </message>
    <message>
        <source>{name} differs from the file that was exported ({size} bytes now, {was} then): it was changed or replaced.</source>
        <translation>{name} 与导出时的文件不同（现为 {size} 字节，导出时为 {was} 字节）：已被改动或替换。</translation>
    </message>
    <message>
        <source>{name} is in the package but not in its manifest: it was added later.</source>
        <translation>{name} 在发布包中，但不在清单里：是后来加入的。</translation>
    </message>
    <message>
        <source>{name} is in the folder but not in its manifest: it was not exported with the release; remove it, or export to a folder of its own.</source>
        <translation>{name} 在文件夹中，但不在清单里：它不是随新闻稿导出的；请将其移走，或导出到单独的文件夹。</translation>
    </message>
    <message>
        <source>Not approved: the release changed after {who} signed off on {when}; that sign-off is for other content.</source>
        <translation>未批准：{who}于 {when} 签发后稿件有改动；该签发针对的是其他内容。</translation>
    </message>
    <message>
        <source>Not approved: nobody signed off this release.</source>
        <translation>未批准：没有人签发过这篇稿件。</translation>
    </message>
    <message>
        <source>Missing sign-off: {role}.</source>
        <translation>缺少签发：{role}。</translation>
    </message>
    <message>
        <source>{name} is no longer the release these files were exported from (its history does not hold that version, so the changes cannot be shown).</source>
        <translation>{name} 已不是导出这些文件时的稿件（其历史中没有那个版本，无法显示改动）。</translation>
    </message>
    <message>
        <source>{name} changed after these files were exported: {changes}.</source>
        <translation>导出这些文件后，{name} 有改动：{changes}。</translation>
    </message>
    <message>
        <source>{name} is too large to open: {problem}.</source>
        <translation>{name} 太大，无法打开：{problem}。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>{name} is not a ReleaseDesk release: it is not UTF-8 text (bad byte at position {position}).</source>
        <translation>{name} 不是 ReleaseDesk 新闻稿：它不是 UTF-8 文本（第 {position} 个字节有误）。</translation>
    </message>
    <message>
        <source>{name} is damaged: invalid JSON at line {line}, column {column} ({detail}). Open a backup or fix the file in a text editor.</source>
        <translation>{name} 已损坏：第 {line} 行第 {column} 列的 JSON 无效（{detail}）。请打开备份，或在文本编辑器中修复该文件。</translation>
    </message>
    <message>
        <source>{name} is not a ReleaseDesk release: its JSON is nested too deeply.</source>
        <translation>{name} 不是 ReleaseDesk 新闻稿：其 JSON 嵌套过深。</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds a number too long to read.</source>
        <translation>{name} 已损坏：其中的数字过长，无法读取。</translation>
    </message>
    <message>
        <source>{name} is not a ReleaseDesk release (no &quot;format&quot;: &quot;releasedesk&quot;).</source>
        <translation>{name} 不是 ReleaseDesk 新闻稿（缺少 &quot;format&quot;: &quot;releasedesk&quot;）。</translation>
    </message>
    <message>
        <source>{name} has no valid format version; it cannot be opened.</source>
        <translation>{name} 没有有效的格式版本；无法打开。</translation>
    </message>
    <message>
        <source>{name} was saved by a newer ReleaseDesk (file format {version}; this version reads up to {supported}). Update ReleaseDesk to open it.</source>
        <translation>{name} 由较新版本的 ReleaseDesk 保存（文件格式 {version}；本版本最多读取到 {supported}）。请更新 ReleaseDesk 后再打开。</translation>
    </message>
    <message>
        <source>{name} is incomplete: the field &quot;{key}&quot; is missing.</source>
        <translation>{name} 不完整：缺少字段“{key}”。</translation>
    </message>
    <message>
        <source>{path} was not saved because it is too large ({problem}); shorten it and save again.</source>
        <translation>{path} 太大，未保存（{problem}）；请删减后再保存。</translation>
    </message>
    <message>
        <source>{path} was not saved: {problem}; correct it and save again.</source>
        <translation>{path} 未保存：{problem}；请更正后再保存。</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;{key}&quot; should be {expected}, but it is {found}.</source>
        <translation>{name} 已损坏：字段“{key}”应为{expected}，但实际是{found}。</translation>
    </message>
    <message>
        <source>The release&apos;s photos come to {size} MB in {count} photos, more than one release holds (1 GB, 400 photos); remove some and save again.</source>
        <translation>新闻稿的图片共 {count} 张、{size} MB，超出一份新闻稿的容量（1 GB、400 张）；请删除一些后再保存。</translation>
    </message>
    <message>
        <source>{name} is damaged: it starts like a ReleaseDesk package but is not a complete ZIP file (cut short?). Open a backup or the recovery copy.</source>
        <translation>{name} 已损坏：它以 ReleaseDesk 文件包开头，但不是完整的 ZIP 文件（可能被截断）。请打开备份或恢复副本。</translation>
    </message>
    <message>
        <source>{name} is not a ReleaseDesk release: its package holds {count} entries.</source>
        <translation>{name} 不是 ReleaseDesk 新闻稿：其文件包含有 {count} 个条目。</translation>
    </message>
    <message>
        <source>{name} is not a ReleaseDesk release: the package holds no release.json.</source>
        <translation>{name} 不是 ReleaseDesk 新闻稿：文件包中没有 release.json。</translation>
    </message>
    <message>
        <source>{name} is not a ReleaseDesk release: its entry {entry} is larger than any release holds.</source>
        <translation>{name} 不是 ReleaseDesk 新闻稿：其条目 {entry} 超出任何新闻稿的大小。</translation>
    </message>
    <message>
        <source>{name} is not a ReleaseDesk release: its package unpacks to more than any release holds.</source>
        <translation>{name} 不是 ReleaseDesk 新闻稿：其文件包解压后超出任何新闻稿的大小。</translation>
    </message>
    <message>
        <source>{name} is damaged: an entry of its package cannot be read ({detail}). Open a backup or the recovery copy.</source>
        <translation>{name} 已损坏：文件包中的一个条目无法读取（{detail}）。请打开备份或恢复副本。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;photos&quot; should be a list.</source>
        <translation>{name} 已损坏：字段“photos”应为列表。</translation>
    </message>
    <message>
        <source>{name} is damaged: two photos have the id {id}.</source>
        <translation>{name} 已损坏：两张图片的标识都是 {id}。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;{key}&quot; of photo {item} should be {expected}.</source>
        <translation>{name} 已损坏：第 {item} 张图片的字段“{key}”应为{expected}。</translation>
    </message>
    <message>
        <source>{name} is damaged: photo {item} should be an object.</source>
        <translation>{name} 已损坏：第 {item} 张图片应为对象。</translation>
    </message>
    <message>
        <source>lower-case letters, digits and hyphens</source>
        <translation>小写字母、数字和连字符</translation>
    </message>
    <message>
        <source>&quot;image/jpeg&quot; or &quot;image/png&quot;</source>
        <translation>“image/jpeg”或“image/png”</translation>
    </message>
    <message>
        <source>{name} is damaged: the image of photo {item} ({file}) is missing from the package. Open a backup or the recovery copy.</source>
        <translation>{name} 已损坏：文件包中缺少第 {item} 张图片的图像（{file}）。请打开备份或恢复副本。</translation>
    </message>
    <message>
        <source>{name} is damaged: the image of photo {item} ({file}) is not the one the release names. Open a backup or the recovery copy.</source>
        <translation>{name} 已损坏：第 {item} 张图片的图像（{file}）与新闻稿记录的不一致。请打开备份或恢复副本。</translation>
    </message>
    <message>
        <source>a number of pixels</source>
        <translation>像素数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>{name} is damaged: the image of photo {item} ({file}) cannot be read. Open a backup or the recovery copy.</source>
        <translation>{name} 已损坏：第 {item} 张图片的图像（{file}）无法读取。请打开备份或恢复副本。</translation>
    </message>
    <message>
        <source>{name} is not a ReleaseDesk release: photo {item} ({file}) claims {width} × {height} pixels.</source>
        <translation>{name} 不是 ReleaseDesk 新闻稿：第 {item} 张图片（{file}）声称有 {width} × {height} 像素。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;{key}&quot; is &quot;{value}&quot;, but it must be one of {options}.</source>
        <translation>{name} 已损坏：字段“{key}”的值为“{value}”，但必须是 {options} 之一。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;{key}&quot; has no time zone (write it like 2026-11-25T09:00:00+01:00).</source>
        <translation>{name} 已损坏：字段“{key}”没有时区（请写成 2026-11-25T09:00:00+01:00 的形式）。</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>{name} is damaged: &quot;{key}&quot; marks &quot;{item}&quot; as {value}, but a mark must be one of {options}.</source>
        <translation>{name} 已损坏：“{key}”将“{item}”标为 {value}，但标记必须是 {options} 之一。</translation>
    </message>
    <message>
        <source>{name} is damaged: item {item} of &quot;{key}&quot; should be text, but it is {found}.</source>
        <translation>{name} 已损坏：“{key}”的第 {item} 项应为文本，但实际是{found}。</translation>
    </message>
    <message>
        <source>{name} is damaged: item {item} of &quot;{key}&quot; has no &quot;text&quot;.</source>
        <translation>{name} 已损坏：“{key}”的第 {item} 项没有“text”字段。</translation>
    </message>
    <message>
        <source>{name} is damaged: item {item} of &quot;{key}&quot; should be text or {{&quot;text&quot;: …, &quot;url&quot;: …}}, but it is {found}.</source>
        <translation>{name} 已损坏：“{key}”的第 {item} 项应为文本或 {{&quot;text&quot;: …, &quot;url&quot;: …}}，但实际是{found}。</translation>
    </message>
    <message>
        <source>{name} is damaged: contact {item} should be an object, but it is {found}.</source>
        <translation>{name} 已损坏：第 {item} 位联系人应为对象，但实际是{found}。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;{key}&quot; of contact {item} should be text, but it is {found}.</source>
        <translation>{name} 已损坏：第 {item} 位联系人的字段“{key}”应为文本，但实际是{found}。</translation>
    </message>
    <message>
        <source>{name} is damaged: item {item} of &quot;{key}&quot; should be an object, but it is {found}.</source>
        <translation>{name} 已损坏：“{key}”的第 {item} 项应为对象，但它是{found}。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;{field}&quot; of item {item} of &quot;{key}&quot; should be text, but it is {found}.</source>
        <translation>{name} 已损坏：“{key}”第 {item} 项的字段“{field}”应为文本，但它是{found}。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;{key}&quot; holds &quot;{value}&quot;, which is not a real date and time; write it like 2026-11-25T09:00:00+01:00.</source>
        <translation>{name} 已损坏：字段“{key}”的值“{value}”不是真实存在的日期和时间；请写成 2026-11-25T09:00:00+01:00 的形式。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;{key}&quot; holds &quot;{value}&quot;, which is not a real date; write it like 2026-11-25.</source>
        <translation>{name} 已损坏：字段“{key}”的值“{value}”不是真实存在的日期；请写成 2026-11-25 的形式。</translation>
    </message>
    <message>
        <source>{name} is damaged: the field &quot;conventions&quot; should be an object, but it is {found}.</source>
        <translation>{name} 已损坏：字段“conventions”应为对象，但实际是{found}。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a colour such as #7a1f1f</source>
        <translation>颜色（例如 #7a1f1f）</translation>
    </message>
    <message>
        <source>a time zone such as Europe/Berlin</source>
        <translation>时区（例如 Europe/Berlin）</translation>
    </message>
    <message>
        <source>an e-mail address such as press@example.org</source>
        <translation>电子邮件地址（例如 press@example.org）</translation>
    </message>
    <message>
        <source>an object of text</source>
        <translation>由文本组成的对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Could not {action} {where}: the disk is full. Free some space or choose another folder; the previous file is unchanged.</source>
        <translation>无法{action} {where}：磁盘已满。请释放空间或选择其他文件夹；原文件保持不变。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: permission denied. Choose a folder you can write to; the previous file is unchanged.</source>
        <translation>无法{action} {where}：没有权限。请选择您可以写入的文件夹；原文件保持不变。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: the folder does not exist. Choose an existing folder.</source>
        <translation>无法{action} {where}：文件夹不存在。请选择已有的文件夹。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: that is a folder, not a file. Choose a file name.</source>
        <translation>无法{action} {where}：这是文件夹，不是文件。请选择一个文件名。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: it names one of the program&apos;s streams, not a file; use -o - to write to standard output.</source>
        <translation>无法{action} {where}：它指的是程序的输入输出流，不是文件；要写到标准输出，请使用 -o -。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: it is a pipe, device or socket, not a regular file; choose a file.</source>
        <translation>无法{action} {where}：它是管道、设备或套接字，不是普通文件；请选择一个文件。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: the file name is too long.</source>
        <translation>无法{action} {where}：文件名过长。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: {reason}.</source>
        <translation>无法{action} {where}：{reason}。</translation>
    </message>
    <message>
        <source>A profile named &quot;{name}&quot; is already installed; import with --force to replace it.</source>
        <translation>已安装名为“{name}”的机构样式；如需替换，请使用 --force 导入。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is the name of a built-in profile; import with --force to use yours in its place.</source>
        <translation>“{name}”是内置机构样式的名称；如需用您的样式取代它，请使用 --force 导入。</translation>
    </message>
    <message>
        <source>The profile {label} is {size} MB, far larger than any house style (1 MB at most); it was not loaded.</source>
        <translation>机构样式 {label} 大小为 {size} MB，远超任何机构样式（最多 1 MB）；未加载。</translation>
    </message>
    <message>
        <source>The profile {path} does not exist.</source>
        <translation>机构样式 {path} 不存在。</translation>
    </message>
    <message>
        <source>{label} is a folder, not a profile file.</source>
        <translation>{label} 是文件夹，不是机构样式文件。</translation>
    </message>
    <message>
        <source>read the profile</source>
        <translation>读取机构样式</translation>
    </message>
    <message>
        <source>The profile {label} is not UTF-8 text.</source>
        <translation>机构样式 {label} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The profile {label} is damaged: invalid JSON at line {line}, column {column} ({detail}).</source>
        <translation>机构样式 {label} 已损坏：第 {line} 行第 {column} 列的 JSON 无效（{detail}）。</translation>
    </message>
    <message>
        <source>The profile {label} is nested too deeply to be a profile.</source>
        <translation>机构样式 {label} 嵌套过深，不是有效的机构样式。</translation>
    </message>
    <message>
        <source>The profile {label} is not a ReleaseDesk profile (no &quot;format&quot;: &quot;releasedesk-profile&quot;).</source>
        <translation>{label} 不是 ReleaseDesk 机构样式（缺少 &quot;format&quot;: &quot;releasedesk-profile&quot;）。</translation>
    </message>
    <message>
        <source>The profile {label} has no valid format version.</source>
        <translation>机构样式 {label} 没有有效的格式版本。</translation>
    </message>
    <message>
        <source>The profile {label} was made by a newer ReleaseDesk (profile format {version}); update ReleaseDesk to use it.</source>
        <translation>机构样式 {label} 由较新版本的 ReleaseDesk 制作（样式格式 {version}）；请更新 ReleaseDesk 后使用。</translation>
    </message>
    <message>
        <source>The profile {label} is incomplete: the field &quot;{key}&quot; is missing.</source>
        <translation>机构样式 {label} 不完整：缺少字段“{key}”。</translation>
    </message>
    <message>
        <source>the field &quot;{key}&quot; should be text</source>
        <translation>字段“{key}”应为文本</translation>
    </message>
    <message>
        <source>The profile {label} has an unusable name &quot;{name}&quot;: use letters, digits, dots, dashes or underscores (at most 64).</source>
        <translation>机构样式 {label} 的名称“{name}”不可用：只能使用字母、数字、点、连字符或下划线（最多 64 个）。</translation>
    </message>
    <message>
        <source>&quot;logo&quot; should be the name of a file beside the profile</source>
        <translation>“logo”应为与该配置文件放在一起的文件名</translation>
    </message>
    <message>
        <source>the end mark must be &quot;###&quot;, &quot;-30-&quot;, &quot;-end-&quot; or empty</source>
        <translation>结束标记必须是 &quot;###&quot;、&quot;-30-&quot;、&quot;-end-&quot; 或留空</translation>
    </message>
    <message>
        <source>the field &quot;contacts&quot; should be a list</source>
        <translation>字段“contacts”应为列表</translation>
    </message>
    <message>
        <source>contact {item} should be an object of text fields</source>
        <translation>第 {item} 位联系人应为由文本字段组成的对象</translation>
    </message>
    <message>
        <source>the field &quot;footer&quot; should be a list</source>
        <translation>字段“footer”应为列表</translation>
    </message>
    <message>
        <source>The profile {label} is damaged: {problem}.</source>
        <translation>机构样式 {label} 已损坏：{problem}。</translation>
    </message>
    <message>
        <source>&quot;conventions&quot; should be an object</source>
        <translation>“conventions”应为对象</translation>
    </message>
    <message>
        <source>&quot;status_line&quot; should be true or false</source>
        <translation>“status_line”应为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; should be true or false</source>
        <translation>“{key}”应为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; should be text</source>
        <translation>“{key}”应为文本</translation>
    </message>
    <message>
        <source>&quot;release_line&quot; should be text containing {{date}}, or empty</source>
        <translation>“release_line”应为包含 {{date}} 的文本，或留空</translation>
    </message>
    <message>
        <source>&quot;date_format&quot; must be one of {choices}</source>
        <translation>“date_format”必须是 {choices} 之一</translation>
    </message>
    <message>
        <source>&quot;embargo_position&quot; must be one of {choices}</source>
        <translation>“embargo_position”必须是 {choices} 之一</translation>
    </message>
    <message>
        <source>&quot;accent&quot; should be a colour such as #7a1f1f, or empty</source>
        <translation>“accent”应为颜色（例如 #7a1f1f），或留空</translation>
    </message>
    <message>
        <source>&quot;zone&quot; should be a time zone such as Europe/Berlin</source>
        <translation>“zone”应为时区（例如 Europe/Berlin）</translation>
    </message>
    <message>
        <source>&quot;zone_style&quot; must be one of {choices}</source>
        <translation>“zone_style”必须是 {choices} 之一</translation>
    </message>
    <message>
        <source>&quot;paper&quot; must be one of {choices}</source>
        <translation>“paper”必须是 {choices} 之一</translation>
    </message>
    <message>
        <source>&quot;mail_from&quot; and &quot;mail_to&quot; should be e-mail addresses</source>
        <translation>“mail_from”和“mail_to”应为电子邮件地址</translation>
    </message>
    <message>
        <source>&quot;words&quot; may only set {choices} (as text)</source>
        <translation>“words”只能设置 {choices}（文本形式）</translation>
    </message>
    <message>
        <source>the word &quot;{key}&quot; contains control characters</source>
        <translation>词语“{key}”含有控制字符</translation>
    </message>
    <message>
        <source>the word &quot;{key}&quot; contains characters that are not valid Unicode</source>
        <translation>词语“{key}”含有无效的 Unicode 字符</translation>
    </message>
    <message>
        <source>the word &quot;{key}&quot; must contain {placeholder}</source>
        <translation>词语“{key}”必须包含 {placeholder}</translation>
    </message>
    <message>
        <source>the word &quot;{key}&quot; cannot hold a placeholder such as {typed}</source>
        <translation>词语“{key}”不能包含 {typed} 这样的占位符</translation>
    </message>
    <message>
        <source>the word &quot;{key}&quot; may only use the placeholder {placeholder}, not {typed}</source>
        <translation>词语“{key}”只能使用占位符 {placeholder}，不能使用 {typed}</translation>
    </message>
    <message>
        <source>&quot;release_line&quot; contains control characters or broken Unicode</source>
        <translation>“release_line”含有控制字符或无效的 Unicode</translation>
    </message>
    <message>
        <source>&quot;release_line&quot; may only use the placeholders {{date}} and {{weekday}}, not {typed}</source>
        <translation>“release_line”只能使用占位符 {{date}} 和 {{weekday}}，不能使用 {typed}</translation>
    </message>
    <message>
        <source>&quot;typesetting&quot; should be an object</source>
        <translation>“typesetting”应为一个对象</translation>
    </message>
    <message>
        <source>&quot;typesetting&quot; may only set {choices}</source>
        <translation>“typesetting”只能设置 {choices}</translation>
    </message>
    <message>
        <source>&quot;margins_mm&quot; should be four numbers of millimetres (top, right, bottom, left), each from 0 to 100</source>
        <translation>“margins_mm”应为四个以毫米为单位的数（上、右、下、左），每个在 0 到 100 之间</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; should be a number from {low} to {high}</source>
        <translation>“{key}”应为 {low} 到 {high} 之间的数</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; should be a list of up to {max} font names (no quotes, brackets or semicolons)</source>
        <translation>“{key}”应为最多 {max} 个字体名称的列表（不含引号、括号或分号）</translation>
    </message>
    <message>
        <source>the time of release &quot;{typed}&quot; should be a time of day such as 09:30</source>
        <translation>发布时间“{typed}”应为一天中的时刻，例如 09:30</translation>
    </message>
    <message>
        <source>the language &quot;{value}&quot; is not a language tag such as en, en-GB or zh-CN (letters, digits and hyphens, at most {max} characters)</source>
        <translation>语言“{value}”不是 en、en-GB 或 zh-CN 这样的语言标记（只能由字母、数字和连字符组成，最多 {max} 个字符）</translation>
    </message>
    <message>
        <source>the site address &quot;{value}&quot; should be an address such as https://www.example.org/news/</source>
        <translation>网站地址“{value}”应为 https://www.example.org/news/ 这样的地址</translation>
    </message>
    <message>
        <source>the {field} holds {length} characters; a release holds at most {max}</source>
        <translation>字段“{field}”有 {length} 个字符，而新闻稿最多 {max} 个</translation>
    </message>
    <message>
        <source>it has {count} {field}; a release has at most {max}</source>
        <translation>其中“{field}”有 {count} 项，而新闻稿最多 {max} 项</translation>
    </message>
    <message>
        <source>a contact, keyword or footer line holds {length} characters; a release holds at most {max} in one</source>
        <translation>某个联系人、关键词或页脚行有 {length} 个字符，而新闻稿中每项最多 {max} 个</translation>
    </message>
    <message>
        <source>There is no house-style profile &quot;{name}&quot; (installed: {known}).</source>
        <translation>没有名为“{name}”的机构样式（已安装：{known}）。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be a profile name: use letters, digits, dots, dashes or underscores.</source>
        <translation>“{name}”不能用作样式名称：请使用字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>create the profiles folder</source>
        <translation>创建机构样式文件夹</translation>
    </message>
    <message>
        <source>The profile &quot;{name}&quot; was not saved: {problem}.</source>
        <translation>机构样式“{name}”未保存：{problem}。</translation>
    </message>
    <message>
        <source>save the profile</source>
        <translation>保存机构样式</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a built-in profile or not installed; only your own profiles can be deleted.</source>
        <translation>“{name}”是内置样式或未安装；只能删除您自己的样式。</translation>
    </message>
    <message>
        <source>delete the profile</source>
        <translation>删除机构样式</translation>
    </message>
    <message>
        <source>{path} is the installed profile itself; export it to another file.</source>
        <translation>{path} 就是已安装的机构样式文件本身；请导出到其他文件。</translation>
    </message>
    <message>
        <source>export the profile</source>
        <translation>导出机构样式</translation>
    </message>
    <message>
        <source>write the recovery copy</source>
        <translation>写入恢复副本</translation>
    </message>
    <message>
        <source>write your unsaved changes to</source>
        <translation>将未保存的更改写入</translation>
    </message>
    <message>
        <source>Could not check {path}: {reason}.</source>
        <translation>无法检查 {path}：{reason}。</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>The draft could not be imported because of an error inside ReleaseDesk ({kind}); details are in the log.</source>
        <translation>由于 ReleaseDesk 内部错误（{kind}），无法导入该草稿；详细信息已写入日志。</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>e-mail message</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>{name} is an old binary Word document (.doc); open it in Word or LibreOffice, save it as .docx and import that.</source>
        <translation>{name} 是旧式二进制 Word 文档（.doc）；请在 Word 或 LibreOffice 中打开，另存为 .docx 后再导入。</translation>
    </message>
    <message>
        <source>{name} is a Word document with macros; save it as a plain .docx (Word Document) and import that.</source>
        <translation>{name} 是带宏的 Word 文档；请另存为普通 .docx（Word 文档）后再导入。</translation>
    </message>
    <message>
        <source>{name} is an Outlook message (.msg); save it from your mail program as .eml (or copy the release into a .txt file) and import that.</source>
        <translation>{name} 是 Outlook 邮件（.msg）；请在邮件程序中另存为 .eml（或把新闻稿复制到 .txt 文件），再导入。</translation>
    </message>
    <message>
        <source>{name} is not a draft ReleaseDesk can import; save it as .docx, .txt, .md, .html or .eml.</source>
        <translation>{name} 不是 ReleaseDesk 能导入的草稿；请另存为 .docx、.txt、.md、.html 或 .eml。</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} 是空文件：没有可导入的内容。</translation>
    </message>
    <message>
        <source>{name} holds no text to import.</source>
        <translation>{name} 中没有可导入的文字。</translation>
    </message>
    <message>
        <source>footer style</source>
        <translation>页脚样式</translation>
    </message>
    <message>
        <source>copyright-style lines at the end</source>
        <translation>末尾的版权类文字</translation>
    </message>
    <message>
        <source>{name} holds XML with a DOCTYPE or entity declarations, which Word never writes; it was not imported (it may be crafted to harm).</source>
        <translation>{name} 含有带 DOCTYPE 或实体声明的 XML，Word 从不写入这类内容；未导入（该文件可能是恶意构造的）。</translation>
    </message>
    <message>
        <source>{name} cannot be read: its part {part} is nested too deeply to read (more than 256 levels, which Word never writes).</source>
        <translation>无法读取 {name}：其中的 {part} 嵌套层级过深（超过 256 层，Word 从不写出这样的内容），无法读取。</translation>
    </message>
    <message>
        <source>{name} is damaged: its part {part} is not valid XML. Open it in Word and save it again.</source>
        <translation>{name} 已损坏：其中的 {part} 不是有效的 XML。请在 Word 中打开并重新保存。</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it in Word, remove the password (File ▸ Info ▸ Protect Document) and save it again, then import it.</source>
        <translation>{name} 受密码保护；请在 Word 中打开，取消密码（文件 ▸ 信息 ▸ 保护文档）并重新保存后再导入。</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx) but a file of another kind; open it in Word or LibreOffice and save it as .docx.</source>
        <translation>{name} 不是 Word 文档（.docx），而是其他类型的文件；请在 Word 或 LibreOffice 中打开它并另存为 .docx。</translation>
    </message>
    <message>
        <source>{name} is not a complete Word document (the file is damaged or was cut short); download or copy it again.</source>
        <translation>{name} 不是完整的 Word 文档（文件已损坏或不完整）；请重新下载或复制。</translation>
    </message>
    <message>
        <source>{name} holds {count} parts, far more than any Word document; it was not imported.</source>
        <translation>{name} 包含 {count} 个部件，远超任何 Word 文档；未导入。</translation>
    </message>
    <message>
        <source>{name} is encrypted; remove the password in Word and save it again, then import it.</source>
        <translation>{name} 已加密；请在 Word 中取消密码并重新保存后再导入。</translation>
    </message>
    <message>
        <source>{name} is packed in a way Word never writes (its parts are not deflated); open it in Word and save it again.</source>
        <translation>{name} 的打包方式 Word 从不使用（其部件未用 deflate 压缩）；请在 Word 中打开并重新保存。</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it has no document part); save the draft as .docx from Word or LibreOffice.</source>
        <translation>{name} 不是 Word 文档（缺少正文部件）；请用 Word 或 LibreOffice 将草稿另存为 .docx。</translation>
    </message>
    <message>
        <source>{name} contains macros (.docm); ReleaseDesk does not open documents with macros. Save it as a plain .docx (Word Document) and import that.</source>
        <translation>{name} 含有宏（.docm）；ReleaseDesk 不打开带宏的文档。请另存为普通 .docx（Word 文档）后再导入。</translation>
    </message>
    <message>
        <source>{name} claims to unpack to far more data than a Word document holds (a &quot;zip bomb&quot;); it was not imported.</source>
        <translation>{name} 声称解压后的数据量远超任何 Word 文档（“压缩炸弹”）；未导入。</translation>
    </message>
    <message>
        <source>{name} is damaged (a part of it cannot be read); open it in Word and save it again.</source>
        <translation>{name} 已损坏（部分内容无法读取）；请在 Word 中打开并重新保存。</translation>
    </message>
    <message>
        <source>the e-mail&apos;s covering note; kept at the body&apos;s end</source>
        <translation>邮件的附言；保留在正文末尾</translation>
    </message>
    <message>
        <source>the event block</source>
        <translation>活动信息栏</translation>
    </message>
    <message>
        <source>from your house style (the draft has none)</source>
        <translation>取自您的机构样式（草稿中没有页脚）</translation>
    </message>
    <message>
        <source>the house style&apos;s footer</source>
        <translation>机构样式的页脚</translation>
    </message>
    <message>
        <source>from the chosen house style</source>
        <translation>来自所选机构样式</translation>
    </message>
    <message>
        <source>Word&apos;s page footer</source>
        <translation>Word 页面页脚</translation>
    </message>
    <message>
        <source>the portal&apos;s footer</source>
        <translation>门户网站页脚</translation>
    </message>
    <message>
        <source>ends the body</source>
        <translation>正文结束标记</translation>
    </message>
    <message>
        <source>the kind&apos;s name above the headline</source>
        <translation>标题上方的稿件类型名称</translation>
    </message>
    <message>
        <source>a release number: ReleaseDesk has no field for it; kept at the body&apos;s end</source>
        <translation>稿件编号：ReleaseDesk 没有对应字段；已放在正文末尾</translation>
    </message>
    <message>
        <source>the short line above the title</source>
        <translation>标题上方的短行（引题）</translation>
    </message>
    <message>
        <source>before the headline; kept at the body&apos;s end</source>
        <translation>位于标题之前；已放在正文末尾</translation>
    </message>
    <message>
        <source>Title style</source>
        <translation>标题样式</translation>
    </message>
    <message>
        <source>top-level heading</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>the first prominent line</source>
        <translation>第一行醒目文字</translation>
    </message>
    <message>
        <source>Subtitle style</source>
        <translation>副标题样式</translation>
    </message>
    <message>
        <source>the line under the headline</source>
        <translation>标题下方的一行</translation>
    </message>
    <message>
        <source>the e-mail&apos;s subject</source>
        <translation>邮件主题</translation>
    </message>
    <message>
        <source>no headline found: write one</source>
        <translation>未找到标题：请填写</translation>
    </message>
    <message>
        <source>status line</source>
        <translation>发布状态行</translation>
    </message>
    <message>
        <source>release line</source>
        <translation>发布时间行</translation>
    </message>
    <message>
        <source>date format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>embargo notice position</source>
        <translation>禁发说明位置</translation>
    </message>
    <message>
        <source>accent colour</source>
        <translation>强调色</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>embargo time zone shown</source>
        <translation>禁发时间所示时区</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>e-mail from</source>
        <translation>邮件发件人</translation>
    </message>
    <message>
        <source>e-mail to</source>
        <translation>邮件收件人</translation>
    </message>
    <message>
        <source>output words</source>
        <translation>输出用语</translation>
    </message>
    <message>
        <source>page and type</source>
        <translation>版面与字体</translation>
    </message>
    <message>
        <source>portal fields</source>
        <translation>门户字段</translation>
    </message>
    <message>
        <source>summary under the title</source>
        <translation>标题下的摘要</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>网站名称</translation>
    </message>
    <message>
        <source>site address</source>
        <translation>网站地址</translation>
    </message>
    <message>
        <source>column type</source>
        <translation>栏目类型</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>sponsor&apos;s link</source>
        <translation>主办单位链接</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>organiser&apos;s link</source>
        <translation>承办单位链接</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <source>site code&apos;s link</source>
        <translation>网站标识码链接</translation>
    </message>
    <message>
        <source>ICP registration</source>
        <translation>ICP备案</translation>
    </message>
    <message>
        <source>ICP registration&apos;s link</source>
        <translation>ICP备案链接</translation>
    </message>
    <message>
        <source>public security record</source>
        <translation>公安备案</translation>
    </message>
    <message>
        <source>public security record&apos;s link</source>
        <translation>公安备案链接</translation>
    </message>
    <message>
        <source>contact us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <source>contact us link</source>
        <translation>联系我们链接</translation>
    </message>
    <message>
        <source>accessibility notice</source>
        <translation>无障碍说明</translation>
    </message>
    <message>
        <source>accessibility notice&apos;s link</source>
        <translation>无障碍说明链接</translation>
    </message>
    <message>
        <source>site address for images</source>
        <translation>图片所用网站地址</translation>
    </message>
    <message>
        <source>FOR IMMEDIATE RELEASE</source>
        <translation>即时发布</translation>
    </message>
    <message>
        <source>EMBARGOED</source>
        <translation>禁发</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>媒体联系人</translation>
    </message>
    <message>
        <source>media contacts</source>
        <translation>媒体联系人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>机构简介</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
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
        <source>25 November 2026</source>
        <translation>25 November 2026（日月年）</translation>
    </message>
    <message>
        <source>above the headline</source>
        <translation>标题上方</translation>
    </message>
    <message>
        <source>under the release line</source>
        <translation>发布时间行下方</translation>
    </message>
    <message>
        <source>as an offset: UTC+01:00</source>
        <translation>显示时差：UTC+01:00</translation>
    </message>
    <message>
        <source>as letters where the zone has them: EST</source>
        <translation>时区有缩写时显示缩写：EST</translation>
    </message>
    <message>
        <source>by the release&apos;s language</source>
        <translation>按稿件语言</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <source>output word “{word}”</source>
        <translation>输出用语“{word}”</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>embargo line</source>
        <translation>禁发时间行</translation>
    </message>
    <message>
        <source>no time zone written: this computer&apos;s zone was assumed</source>
        <translation>未写时区：按本机时区处理</translation>
    </message>
    <message>
        <source>the portal&apos;s metadata line</source>
        <translation>门户网站的信息行</translation>
    </message>
    <message>
        <source>no field of its own yet; kept in the file</source>
        <translation>尚无对应字段；已保存在文件中</translation>
    </message>
    <message>
        <source>the credits after the body</source>
        <translation>正文之后的作者与责任编辑行</translation>
    </message>
    <message>
        <source>release date line</source>
        <translation>发布日期行</translation>
    </message>
    <message>
        <source>not a date ReleaseDesk reads; kept in the file</source>
        <translation>不是 ReleaseDesk 能识别的日期；已保存在文件中</translation>
    </message>
    <message>
        <source>the 来源 (source) line</source>
        <translation>“来源”行</translation>
    </message>
    <message>
        <source>after the end mark, not a contact or About section</source>
        <translation>位于结束标记之后，既不是联系人也不是机构简介</translation>
    </message>
    <message>
        <source>contact block</source>
        <translation>联系人信息</translation>
    </message>
    <message>
        <source>a name without phone or e-mail</source>
        <translation>只有姓名，没有电话或电子邮件</translation>
    </message>
    <message>
        <source>the About heading</source>
        <translation>“关于”标题</translation>
    </message>
    <message>
        <source>About section</source>
        <translation>机构简介部分</translation>
    </message>
    <message>
        <source>its date differs from the release date</source>
        <translation>其日期与发布日期不同</translation>
    </message>
    <message>
        <source>from the dateline</source>
        <translation>来自电头</translation>
    </message>
    <message>
        <source>leads the first paragraph</source>
        <translation>位于第一段开头</translation>
    </message>
    <message>
        <source>a numbered heading (一、/（一）/1.)</source>
        <translation>带序号的标题（一、/（一）/1.）</translation>
    </message>
    <message>
        <source>a line set bold throughout</source>
        <translation>整行加粗的一行</translation>
    </message>
    <message>
        <source>the rest of the draft</source>
        <translation>草稿的其余部分</translation>
    </message>
    <message>
        <source>the house style&apos;s organisation</source>
        <translation>机构样式中的机构名称</translation>
    </message>
    <message>
        <source>your house style</source>
        <translation>您的机构样式</translation>
    </message>
    <message>
        <source>its footer matched</source>
        <translation>页脚与之相符</translation>
    </message>
    <message>
        <source>chosen for this import</source>
        <translation>为本次导入所选</translation>
    </message>
    <message>
        <source>the Word document&apos;s author (no About section names it)</source>
        <translation>取自 Word 文档的作者（没有“关于”部分写明机构）</translation>
    </message>
    <message>
        <source>the contacts&apos; organisation</source>
        <translation>联系人所属机构</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>短标题</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>发布状态</translation>
    </message>
    <message>
        <source>Embargo lifts</source>
        <translation>禁发解除时间</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>禁发时区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Site column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Responsible editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>网页地址</translation>
    </message>
    <message>
        <source>Kind of release</source>
        <translation>稿件类型</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Event starts</source>
        <translation>活动开始</translation>
    </message>
    <message>
        <source>Event ends</source>
        <translation>活动结束</translation>
    </message>
    <message>
        <source>Event time zone</source>
        <translation>活动时区</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>地图链接</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Speakers, paragraph {number}</source>
        <translation>出席人员，第 {number} 段</translation>
    </message>
    <message>
        <source>How to attend</source>
        <translation>采访报名</translation>
    </message>
    <message>
        <source>How to attend, paragraph {number}</source>
        <translation>采访报名，第 {number} 段</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Statement by</source>
        <translation>声明人</translation>
    </message>
    <message>
        <source>Title of the person</source>
        <translation>声明人职务</translation>
    </message>
    <message>
        <source>Corrected release</source>
        <translation>被更正的稿件</translation>
    </message>
    <message>
        <source>Corrected release&apos;s fingerprint</source>
        <translation>被更正稿件的指纹</translation>
    </message>
    <message>
        <source>Corrected release&apos;s date</source>
        <translation>被更正稿件的日期</translation>
    </message>
    <message>
        <source>Correction note</source>
        <translation>更正说明</translation>
    </message>
    <message>
        <source>Correction note, paragraph {number}</source>
        <translation>更正说明，第 {number} 段</translation>
    </message>
    <message>
        <source>Body, paragraph {number}</source>
        <translation>正文第 {number} 段</translation>
    </message>
    <message>
        <source>Media contact {number}</source>
        <translation>媒体联系人 {number}</translation>
    </message>
    <message>
        <source>About, paragraph {number}</source>
        <translation>机构简介第 {number} 段</translation>
    </message>
    <message>
        <source>Standard footer, line {number}</source>
        <translation>标准页脚第 {number} 行</translation>
    </message>
    <message>
        <source>Release id</source>
        <translation>新闻稿编号</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>语言版本</translation>
    </message>
    <message>
        <source>House style: {setting}</source>
        <translation>机构样式：{setting}</translation>
    </message>
    <message>
        <source>House style settings</source>
        <translation>机构样式设置</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Photo {number}</source>
        <translation>第 {number} 张图片</translation>
    </message>
    <message>
        <source>Review comments marked</source>
        <translation>已标记的审阅批注</translation>
    </message>
    <message>
        <source>Other content: {setting}</source>
        <translation>其他内容：{setting}</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>禁发时间</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>引题</translation>
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
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>媒体联系人</translation>
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
        <source>Time of release</source>
        <translation>发布时刻</translation>
    </message>
    <message>
        <source>Reviewer (审核)</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>End mark</source>
        <translation>结束标记</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>机构样式</translation>
    </message>
    <message>
        <source>{name} is a folder, not a draft; choose a file.</source>
        <translation>{name} 是文件夹，不是草稿；请选择一个文件。</translation>
    </message>
    <message>
        <source>{name} is {size} MB, far larger than any press release draft ({max} MB at most); it was not imported.</source>
        <translation>{name} 有 {size} MB，远大于任何新闻稿草稿（最多 {max} MB）；未导入。</translation>
    </message>
    <message>
        <source>{name} is empty: there is no review in it. Choose the .docx the reviewer sent back.</source>
        <translation>{name} 是空文件，里面没有审阅内容。请选择审阅人发回的 .docx 文件。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a reviewed document; choose the .docx the reviewer sent back.</source>
        <translation>{name} 是文件夹，不是审阅过的文档；请选择审阅人发回的 .docx 文件。</translation>
    </message>
    <message>
        <source>{name} is {size} MB, more than ReleaseDesk reads ({max} MB at most); in Word, compress its pictures (Picture Format ▸ Compress Pictures), save it and read it again.</source>
        <translation>{name} 有 {size} MB，超过 ReleaseDesk 可读取的上限（最多 {max} MB）；请在 Word 中压缩其中的图片（图片格式 ▸ 压缩图片），保存后再读取。</translation>
    </message>
    <message>
        <source>{name} is {size} MB, more than ReleaseDesk imports ({max} MB at most); in Word, compress its pictures (Picture Format ▸ Compress Pictures), save it and import it again.</source>
        <translation>{name} 有 {size} MB，超出 ReleaseDesk 可导入的大小（最多 {max} MB）；请在 Word 中压缩其中的图片（“图片格式 ▸ 压缩图片”），保存后重新导入。</translation>
    </message>
    <message>
        <source>read the draft</source>
        <translation>读取草稿</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data); save the draft as .docx, .txt, .md or .html and import that.</source>
        <translation>{name} 不是文本文件（含有二进制数据）；请将草稿另存为 .docx、.txt、.md 或 .html 后再导入。</translation>
    </message>
    <message>
        <source>{name} says it is {encoding} text but is damaged at byte {position}; open it in a text editor and save it again.</source>
        <translation>{name} 标明为 {encoding} 文本，但在第 {position} 字节处已损坏；请用文本编辑器打开并重新保存。</translation>
    </message>
    <message>
        <source>{name} is a document ReleaseDesk sent for review, not a draft: take its changes into the release with File ▸ Import Review… in the editor, or with “releasedesk import {name} --onto RELEASE” on the command line; nothing was imported.</source>
        <translation>{name} 是 ReleaseDesk 发出的送审文档，不是草稿：请在编辑器中用“文件 ▸ 导入审阅稿…”，或在命令行用“releasedesk import {name} --onto RELEASE”将其修改取回新闻稿；未导入任何内容。</translation>
    </message>
    <message>
        <source>tracked changes read as they print: insertions kept, deletions left out</source>
        <translation>修订按打印效果读取：保留插入，略去删除</translation>
    </message>
    <message>
        <source>where Word keeps a passage in two versions, the version every program reads was imported and the other left out</source>
        <translation>Word 中同一段内容存有两个版本之处，已导入所有程序都能读取的版本，另一版本未导入</translation>
    </message>
    <message>
        <source>symbols of a symbol font (Wingdings, Symbol) were kept as that font&apos;s own codes, which other fonts show as boxes: replace them with ordinary characters</source>
        <translation>符号字体（Wingdings、Symbol）中的符号按该字体自身的编码保留，其他字体会显示为方框：请改用普通字符</translation>
    </message>
    <message>
        <source>hidden text (Word&apos;s Hidden font setting) was left out, as it does not print</source>
        <translation>隐藏文字（Word 的“隐藏”字体设置）不会打印，已略去</translation>
    </message>
    <message>
        <source>equations were kept as their text reads, on one line (a/b, x^2, √x): check them</source>
        <translation>公式按其文字保留为一行（a/b、x^2、√x）：请核对</translation>
    </message>
    <message>
        <source>the text of text boxes follows the paragraph they stand in</source>
        <translation>文本框中的文字放在其所在段落之后</translation>
    </message>
    <message>
        <source>footnotes and endnotes follow the paragraph that cites them, marked [1], [2] …</source>
        <translation>脚注和尾注放在引用它们的段落之后，以 [1]、[2] … 标记</translation>
    </message>
    <message>
        <source>PDF export needs WeasyPrint and the Pango text library, which are not available here ({reason}); the other formats still work.</source>
        <translation>PDF 导出需要 WeasyPrint 和 Pango 文字库，但此处无法使用（{reason}）；其他格式仍可正常导出。</translation>
    </message>
    <message>
        <source>An export is still being written; try again when it has finished.</source>
        <translation>仍在写入上一次导出；请在完成后再试。</translation>
    </message>
    <message>
        <source>--override-note needs a reason, such as &quot;Title confirmed with the Mayor&apos;s office&quot;.</source>
        <translation>--override-note 需要写明理由，例如“职务已与市长办公室核实”。</translation>
    </message>
    <message>
        <source>{n} register error</source>
        <translation>{n} 处名录错误</translation>
    </message>
    <message>
        <source>{n} register errors</source>
        <translation>{n} 处名录错误</translation>
    </message>
    <message>
        <source>Signed off by {who} at {at} ({fingerprint})</source>
        <translation>{who} 已于 {at} 签发（{fingerprint}）</translation>
    </message>
    <message>
        <source>releasedesk: not signed off: the office register finds {errors} in this release. Correct them (releasedesk check --proof), or sign off with --override-note TEXT saying why.</source>
        <translation>releasedesk：未签发：机构名录在此新闻稿中发现 {errors}。请改正（releasedesk check --proof），或用 --override-note 文字 说明理由后签发。</translation>
    </message>
    <message>
        <source>Signed off over {errors}; the override note is kept with the sign-off.</source>
        <translation>已在存在 {errors} 的情况下签发；说明理由随签发记录保存。</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Status: {status}; still waiting for: {roles}</source>
        <translation>状态：{status}；尚待签发：{roles}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Required sign-offs: {roles}</source>
        <translation>须签发：{roles}</translation>
    </message>
    <message>
        <source>  signed off by {who}, {at} (this text){note}</source>
        <translation>  {who} 签发，{at}（本文本）{note}</translation>
    </message>
    <message>
        <source>  signed off by {who}, {at} (earlier text){note}</source>
        <translation>  {who} 签发，{at}（较早的文本）{note}</translation>
    </message>
    <message>
        <source>Waiting for: {roles}</source>
        <translation>尚待签发：{roles}</translation>
    </message>
    <message>
        <source>Changed since {who} approved it on {at}.</source>
        <translation>{who} 于 {at} 批准后，文本已有改动。</translation>
    </message>
    <message>
        <source>Same content.</source>
        <translation>内容相同。</translation>
    </message>
    <message>
        <source>No versions kept yet: the history starts with the next save.</source>
        <translation>尚未保存任何版本：下次保存时开始记录历史。</translation>
    </message>
    <message>
        <source>signed off by {who}</source>
        <translation>{who} 签发</translation>
    </message>
    <message>
        <source>The house style &quot;{name}&quot; has no public key; ask the office for it.</source>
        <translation>机构样式“{name}”没有公钥；请向发稿单位索取。</translation>
    </message>
    <message>
        <source>{target} is the release file itself; choose another name for the sign-off sheet.</source>
        <translation>{target} 就是新闻稿文件本身；请为签发单另取一个名称。</translation>
    </message>
    <message>
        <source>The sign-off sheet is written as .docx or .pdf; name the file so.</source>
        <translation>审签单只能保存为 .docx 或 .pdf；请按此命名文件。</translation>
    </message>
    <message>
        <source>write the sign-off sheet</source>
        <translation>写入审签单</translation>
    </message>
    <message>
        <source>its newest version holds no content</source>
        <translation>其最新版本没有内容</translation>
    </message>
    <message>
        <source>version {number} holds no changes</source>
        <translation>第 {number} 个版本没有改动记录</translation>
    </message>
    <message>
        <source>version {number} holds content this ReleaseDesk cannot read</source>
        <translation>第 {number} 个版本的内容无法被此版本的 ReleaseDesk 读取</translation>
    </message>
    <message>
        <source>version {number} does not match its fingerprint</source>
        <translation>第 {number} 个版本与其指纹不符</translation>
    </message>
    <message>
        <source>version {number} cannot be rebuilt</source>
        <translation>第 {number} 个版本无法还原</translation>
    </message>
    <message>
        <source>this version does not rebuild to its fingerprint</source>
        <translation>此版本与其指纹不符</translation>
    </message>
    <message>
        <source>Signing needs the Python package &quot;cryptography&quot;, which is not installed; install it (pip install cryptography) and try again.</source>
        <translation>签名需要 Python 软件包“cryptography”，但它尚未安装；请安装（pip install cryptography）后重试。</translation>
    </message>
    <message>
        <source>A public key starts with &quot;ed25519:&quot;; this one does not.</source>
        <translation>公钥应以“ed25519:”开头，这个公钥不是。</translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation>公钥不是有效的 base64。</translation>
    </message>
    <message>
        <source>The public key has {length} bytes; an Ed25519 key has 32.</source>
        <translation>公钥有 {length} 字节；Ed25519 公钥应为 32 字节。</translation>
    </message>
    <message>
        <source>The keys folder {path} is a link to another folder; remove the link, and ReleaseDesk makes a folder of its own.</source>
        <translation>密钥文件夹 {path} 是指向另一文件夹的链接；请删除该链接，ReleaseDesk 会自行创建文件夹。</translation>
    </message>
    <message>
        <source>create the keys folder</source>
        <translation>创建密钥文件夹</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>The private key {path} cannot be read; make a new key with &apos;releasedesk keys new&apos;.</source>
        <translation>无法读取私钥 {path}；请用“releasedesk keys new”生成新密钥。</translation>
    </message>
    <message>
        <source>The private key {path} is damaged; make a new key with &apos;releasedesk keys new&apos;.</source>
        <translation>私钥 {path} 已损坏；请用“releasedesk keys new”生成新密钥。</translation>
    </message>
    <message>
        <source>The private key {path} does not belong to the public key it is filed under.</source>
        <translation>私钥 {path} 与其所归属的公钥不匹配。</translation>
    </message>
    <message>
        <source>The PDF sign-off sheet needs WeasyPrint and the Pango text library, which are not available here ({reason}); write it as .docx instead.</source>
        <translation>PDF 审签单需要 WeasyPrint 和 Pango 文字库，但本机没有（{reason}）；请改存为 .docx。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
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
        <source>A sign-off needs the name of the person signing off.</source>
        <translation>签发需要填写签发人的姓名。</translation>
    </message>
    <message>
        <source>The name of a sign-off is {length} characters; keep it to {max}.</source>
        <translation>签发人姓名有 {length} 个字符；请控制在 {max} 个以内。</translation>
    </message>
    <message>
        <source>The name of a sign-off holds control characters (a line break, a tab …); type it on one line again.</source>
        <translation>签发人姓名含有控制字符（换行、制表符等）；请在一行内重新输入。</translation>
    </message>
    <message>
        <source>The role of a sign-off holds control characters (a line break, a tab …); type it on one line again.</source>
        <translation>签发人职务含有控制字符（换行、制表符等）；请在一行内重新输入。</translation>
    </message>
    <message>
        <source>The role of a sign-off is {length} characters; keep it to {max}.</source>
        <translation>签发职责有 {length} 个字符；请控制在 {max} 个以内。</translation>
    </message>
    <message>
        <source>The note of a sign-off is {length} characters; keep it to {max}.</source>
        <translation>签发意见有 {length} 个字符；请控制在 {max} 个以内。</translation>
    </message>
    <message>
        <source>The note of a sign-off holds control characters; type it again.</source>
        <translation>签发意见含有控制字符；请重新输入。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock says {now}, earlier than the last entry in the release ({latest}); set the clock right before signing off.</source>
        <translation>本机时钟显示为 {now}，早于稿件中的最后一条记录（{latest}）；请先校准时钟再签发。</translation>
    </message>
    <message>
        <source>Only an approved release can be marked published; it is {status}.</source>
        <translation>只有已批准的稿件才能标为已发布；当前状态为{status}。</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is not a status one can set; use draft, in-review or published.</source>
        <translation>“{status}”不是可设置的状态；请使用 draft、in-review 或 published。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a photo.</source>
        <translation>{name} 是文件夹，不是图片。</translation>
    </message>
    <message>
        <source>read the photo</source>
        <translation>读取图片</translation>
    </message>
    <message>
        <source>{name} is {size} MB; photos up to {max} MB can be added. Save a smaller JPEG of it (full size at quality 90 is plenty) and add that.</source>
        <translation>{name} 有 {size} MB；可添加的图片最大为 {max} MB。请另存一个较小的 JPEG（原尺寸、质量 90 足矣）再添加。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); it is not a photo.</source>
        <translation>{name} 是空文件（0 字节），不是图片。</translation>
    </message>
    <message>
        <source>{name} is an SVG drawing, which can carry scripts; it was not added. Export it as PNG and add that.</source>
        <translation>{name} 是 SVG 矢量图，可能携带脚本，未添加。请导出为 PNG 后再添加。</translation>
    </message>
    <message>
        <source>{name} is a PDF document, not a photo, whatever its name says. Export the picture from it as JPEG or PNG and add that.</source>
        <translation>无论名称如何，{name} 是 PDF 文档而不是图片。请从中导出 JPEG 或 PNG 图片后再添加。</translation>
    </message>
    <message>
        <source>{name} is a {kind} image, which web pages cannot show. Save it as JPEG (or PNG) and add that.</source>
        <translation>{name} 是 {kind} 图像，网页无法显示。请另存为 JPEG（或 PNG）后再添加。</translation>
    </message>
    <message>
        <source>{name} is a video or an unusual image container, not a photo ReleaseDesk can use. Save a still as JPEG and add that.</source>
        <translation>{name} 是视频或不常见的图像容器，ReleaseDesk 无法作为图片使用。请保存一张 JPEG 静态图后再添加。</translation>
    </message>
    <message>
        <source>{name} is not an image ReleaseDesk can use; photos can be JPEG, PNG, GIF, WebP or HEIC.</source>
        <translation>{name} 不是 ReleaseDesk 可用的图像；图片可以是 JPEG、PNG、GIF、WebP 或 HEIC。</translation>
    </message>
    <message>
        <source>{name} is damaged or cut short, so its picture cannot be read. Copy it again from the camera or the sender and add that copy.</source>
        <translation>{name} 已损坏或被截断，无法读取图像。请从相机或发送者处重新复制后再添加。</translation>
    </message>
    <message>
        <source>{name} claims to be {width} × {height} pixels, more than the {max} megapixels ReleaseDesk decodes (a file like this can be made to exhaust memory); it was not added. Resize it and add that.</source>
        <translation>{name} 声称有 {width} × {height} 像素，超过 ReleaseDesk 可解码的 {max} 百万像素（这类文件可能被构造来耗尽内存），未添加。请缩小尺寸后再添加。</translation>
    </message>
    <message>
        <source>{name} claims more pixels than ReleaseDesk decodes (a file like this can be made to exhaust memory); it was not added.</source>
        <translation>{name} 声称的像素数超过 ReleaseDesk 可解码的上限（这类文件可能被构造来耗尽内存），未添加。</translation>
    </message>
    <message>
        <source>{name} is animated; only its first frame is kept, as a still picture.</source>
        <translation>{name} 是动画；只保留第一帧作为静态图片。</translation>
    </message>
    <message>
        <source>{name} was converted from HEIC to JPEG, which every browser and Word can show.</source>
        <translation>{name} 已从 HEIC 转换为 JPEG，所有浏览器和 Word 都能显示。</translation>
    </message>
    <message>
        <source>{name} was converted from WebP, which Word cannot show.</source>
        <translation>{name} 已从 WebP 转换（Word 无法显示 WebP）。</translation>
    </message>
    <message>
        <source>{name} is an HEIC photo, which this installation cannot read. Convert it to JPEG (on a phone: share or export it as JPEG) and add that.</source>
        <translation>{name} 是 HEIC 图片，本安装无法读取。请转换为 JPEG（在手机上：以 JPEG 格式分享或导出）后再添加。</translation>
    </message>
    <message>
        <source>{name} is open in ReleaseDesk for {holder}; make the change there, or close it and try again.</source>
        <translation>{name} 正由 {holder} 在 ReleaseDesk 中打开；请在那里修改，或关闭后重试。</translation>
    </message>
    <message>
        <source>{image} is the release file itself, not a photo; give the photo&apos;s file.</source>
        <translation>{image} 是新闻稿文件本身，不是图片；请给出图片文件。</translation>
    </message>
    <message>
        <source>&quot;{address}&quot; cannot be used as an e-mail address for the message; correct it in the house style (E-mail).</source>
        <translation>“{address}”不能用作邮件地址；请在机构样式（电子邮件）中更正。</translation>
    </message>
    <message>
        <source>Photo {number} of the release is damaged and cannot be exported; remove it and add it again.</source>
        <translation>新闻稿的第 {number} 张图片已损坏，无法导出；请删除后重新添加。</translation>
    </message>
    <message>
        <source>{name} holds about {size} million characters; a release holds at most {max} million, so it was not imported.</source>
        <translation>{name} 约有 {size} 百万个字符，而新闻稿最多 {max} 百万个字符，因此未导入。</translation>
    </message>
    <message>
        <source>{name} holds more than {max} paragraphs or lines, far more than any release; it was not imported.</source>
        <translation>{name} 有超过 {max} 个段落或行，远超任何新闻稿；未导入。</translation>
    </message>
    <message>
        <source>{name} holds more than {max} HTML tags, far more than a page of any release&apos;s length; it was not imported.</source>
        <translation>{name} 有超过 {max} 个 HTML 标记，远超任何新闻稿长度的网页；未导入。</translation>
    </message>
    <message>
        <source>{name} is made of more than {max} XML elements, far more than a Word document of any release&apos;s length; it was not imported.</source>
        <translation>{name} 由超过 {max} 个 XML 元素组成，远超任何新闻稿长度的 Word 文档；未导入。</translation>
    </message>
    <message>
        <source>{name} is a damaged e-mail message; open it in your mail program and save or copy the release as text.</source>
        <translation>{name} 是损坏的邮件；请在邮件程序中打开，把新闻稿另存或复制为文本。</translation>
    </message>
    <message>
        <source>{name} is an e-mail with no text to import (the release may be an attachment: save the attachment and import that).</source>
        <translation>{name} 是没有可导入文字的邮件（新闻稿可能在附件中：请保存附件后导入附件）。</translation>
    </message>
    <message>
        <source>The e-mail&apos;s headers were left out; its HTML part was read.</source>
        <translation>已略去邮件头；读取的是邮件的 HTML 部分。</translation>
    </message>
    <message>
        <source>The e-mail&apos;s headers (From, To, Subject …) were left out.</source>
        <translation>已略去邮件头（发件人、收件人、主题……）。</translation>
    </message>
    <message>
        <source>The e-mail&apos;s closing words were left out.</source>
        <translation>已略去邮件的结束语。</translation>
    </message>
    <message>
        <source>picture in the document, metadata removed</source>
        <translation>文档中的图片，已去除元数据</translation>
    </message>
    <message>
        <source>{name}: the picture {part} is damaged.</source>
        <translation>{name}：图片 {part} 已损坏。</translation>
    </message>
    <message>
        <source>{name}: the picture {part} is larger than the largest photo ReleaseDesk keeps.</source>
        <translation>{name}：图片 {part} 超过 ReleaseDesk 可保存的最大图片。</translation>
    </message>
    <message>
        <source>{name}: the picture {reference} is on the web; ReleaseDesk does not fetch it. Save it beside the draft, or add it as a photo.</source>
        <translation>{name}：图片 {reference} 在网上；ReleaseDesk 不会下载它。请将其保存在草稿旁，或作为图片添加。</translation>
    </message>
    <message>
        <source>{name}: the picture {reference} is not in the draft&apos;s folder; add it as a photo.</source>
        <translation>{name}：图片 {reference} 不在草稿所在文件夹中；请作为图片添加。</translation>
    </message>
    <message>
        <source>{name}: the picture {reference} is not beside the draft; add it as a photo.</source>
        <translation>{name}：图片 {reference} 不在草稿旁；请作为图片添加。</translation>
    </message>
    <message>
        <source>picture beside the text, metadata removed</source>
        <translation>文本旁的图片，已去除元数据</translation>
    </message>
    <message>
        <source>the photo keeps its place; take it out in the body by hand if you agree</source>
        <translation>图片仍保留在原位；如同意删去，请在正文中手动删除</translation>
    </message>
    <message>
        <source>beside a photo&apos;s place: the photo stays a paragraph of its own</source>
        <translation>位于图片位置旁：图片仍自成一段</translation>
    </message>
    <message>
        <source>the end of the field: it is not joined to the next one</source>
        <translation>字段末尾：不会与下一个字段合并</translation>
    </message>
    <message>
        <source>changed in the release since it was sent, and the release&apos;s history does not hold the text sent: what the reviewer changed cannot be told apart from what changed since; compare by hand</source>
        <translation>送审后新闻稿中的这部分已有改动，而新闻稿的历史版本中没有送审时的文本：无法区分审阅人的修改和送审后的改动，请人工比较</translation>
    </message>
    <message>
        <source>The change to {field} cannot be placed: that text has changed in the release since it was sent for review; make it by hand.</source>
        <translation>{field} 的修改无法放入：自送审以来，新闻稿中的这段文字已改动；请手动修改。</translation>
    </message>
    <message>
        <source>picture in the page, metadata removed</source>
        <translation>网页中的图片，已去除元数据</translation>
    </message>
    <message>
        <source>{name}: picture {number} is not an image the page holds; add it as a photo.</source>
        <translation>{name}：第 {number} 张图片不是网页中自带的图像，请将其作为图片添加。</translation>
    </message>
    <message>
        <source>&quot;{moment}&quot; is not a moment such as 2026-12-01T09:00+08:00 (date, time and UTC offset).</source>
        <translation>“{moment}”不是一个时刻，请写成 2026-12-01T09:00+08:00 这样的格式（日期、时间和 UTC 偏移）。</translation>
    </message>
    <message>
        <source>write the page</source>
        <translation>写入页面</translation>
    </message>
    <message>
        <source>{name} was left out of the newsroom: {reason}</source>
        <translation>{name} 未放入新闻中心：{reason}</translation>
    </message>
    <message>
        <source>{name} is a correction that names itself as the release it corrects; its page names no original. Link it to the release it corrects.</source>
        <translation>{name} 是更正稿，但它把自己标为所更正的新闻稿；其页面不会注明原稿。请把它关联到所更正的新闻稿。</translation>
    </message>
    <message>
        <source>{name} corrects “{original}”, which is not published in this newsroom; its page names no original. Publish the original beside it, or link the correction again.</source>
        <translation>{name} 更正的是“{original}”，但该稿未在本新闻中心发布；其页面不会注明原稿。请把原稿一同发布，或重新关联更正稿。</translation>
    </message>
    <message>
        <source>write the newsroom</source>
        <translation>写入新闻中心</translation>
    </message>
    <message>
        <source>it changed while the newsroom was built, and is no longer approved or is under embargo; build again to publish it as it is now.</source>
        <translation>它在生成新闻中心期间被修改，已不再是已批准状态或处于禁发期；请重新生成，以发布其当前内容。</translation>
    </message>
    <message>
        <source>{folder} is a link to another folder; the newsroom is not written through links. Remove the link or choose another folder.</source>
        <translation>{folder} 是指向另一个文件夹的链接；新闻中心不会通过链接写入。请删除该链接或选择其他文件夹。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder for the newsroom.</source>
        <translation>{folder} 是文件而不是文件夹；请为新闻中心选择一个文件夹。</translation>
    </message>
    <message>
        <source>The files {files} all claim the id &quot;{id}&quot;; give each release its own.</source>
        <translation>文件 {files} 都使用编号“{id}”；请给每篇新闻稿各自的编号。</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose the folder that holds the releases.</source>
        <translation>{folder} 不是文件夹；请选择存放新闻稿的文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read ({reason}).</source>
        <translation>无法读取文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read ({reason}); its releases are not listed.</source>
        <translation>无法读取文件夹 {folder}（{reason}）；其中的新闻稿未列出。</translation>
    </message>
    <message>
        <source>&quot;{url}&quot; is not a web address such as https://press.example.org/news/; give the address the newsroom will be served from.</source>
        <translation>“{url}”不是 https://press.example.org/news/ 这样的网址；请填写新闻中心发布所在的网址。</translation>
    </message>
    <message>
        <source>{name}: {people}, {organizations}, {terms}, {banned}, {words}, {places}</source>
        <translation>{name}：{people}，{organizations}，{terms}，{banned}，{words}，{places}</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} 位人员</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} 位人员</translation>
    </message>
    <message>
        <source>{n} organisation</source>
        <translation>{n} 个机构</translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation>{n} 个机构</translation>
    </message>
    <message>
        <source>{n} term</source>
        <translation>{n} 个术语</translation>
    </message>
    <message>
        <source>{n} terms</source>
        <translation>{n} 个术语</translation>
    </message>
    <message>
        <source>{n} banned phrase</source>
        <translation>{n} 个禁用语</translation>
    </message>
    <message>
        <source>{n} banned phrases</source>
        <translation>{n} 个禁用语</translation>
    </message>
    <message>
        <source>{n} place</source>
        <translation>{n} 个地名</translation>
    </message>
    <message>
        <source>{n} places</source>
        <translation>{n} 个地名</translation>
    </message>
    <message>
        <source>The register {path} was not imported: {problem}.</source>
        <translation>名录 {path} 未导入：{problem}。</translation>
    </message>
    <message>
        <source>the register (&quot;names&quot;) should be an object</source>
        <translation>名录（“names”）应为对象</translation>
    </message>
    <message>
        <source>&quot;words&quot; in the register should be a list of words</source>
        <translation>名录中的“words”应为词语列表</translation>
    </message>
    <message>
        <source>&quot;places&quot; in the register should be a list of place names</source>
        <translation>名录中的“places”应为地名列表</translation>
    </message>
    <message>
        <source>the register has more than {max} entries</source>
        <translation>名录的条目超过 {max} 条</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; in the register should be a list of entries{where}</source>
        <translation>名录中的“{key}”应为条目列表{where}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} in the register should be a short text</source>
        <translation>名录中 {where} 的“{key}”应为简短文本</translation>
    </message>
    <message>
        <source>{where} in the register has no &quot;{key}&quot;</source>
        <translation>名录中的 {where} 没有“{key}”</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} in the register should be a list of texts</source>
        <translation>名录中 {where} 的“{key}”应为文本列表</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} in the register should be a date such as 2026-07-01, not &quot;{value}&quot;</source>
        <translation>名录中 {where} 的“{key}”应为 2026-07-01 这样的日期，而不是“{value}”</translation>
    </message>
    <message>
        <source>the spreadsheet has no &quot;kind&quot; and &quot;name&quot; columns in its first row; its columns are {columns}</source>
        <translation>电子表格的第一行没有“kind”和“name”列；应有的列为 {columns}</translation>
    </message>
    <message>
        <source>the spreadsheet has a column &quot;{column}&quot; the register does not know; its columns are {columns}</source>
        <translation>表格中有名录不认识的列“{column}”；名录的列为 {columns}</translation>
    </message>
    <message>
        <source>line {line} of the spreadsheet has the kind &quot;{kind}&quot;; use one of {kinds}</source>
        <translation>电子表格第 {line} 行的类型为“{kind}”；请使用 {kinds} 之一</translation>
    </message>
    <message>
        <source>line {line} of the spreadsheet has no name</source>
        <translation>电子表格第 {line} 行没有名称</translation>
    </message>
    <message>
        <source>line {line} of the spreadsheet has &quot;{value}&quot; as a date; write dates such as 2026-07-01</source>
        <translation>电子表格第 {line} 行的日期为“{value}”；请写成 2026-07-01 这样的日期</translation>
    </message>
    <message>
        <source>line {line} of the spreadsheet gives dates but no title</source>
        <translation>电子表格第 {line} 行给出了日期，但没有职务</translation>
    </message>
    <message>
        <source>the spreadsheet: {problem}</source>
        <translation>电子表格：{problem}</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 text</source>
        <translation>该文件既不是 UTF-8 文本，也不是 GB18030 文本</translation>
    </message>
    <message>
        <source>the file is not valid JSON ({detail})</source>
        <translation>该文件不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be read as CSV ({detail})</source>
        <translation>无法按 CSV 读取该电子表格（{detail}）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>用语</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Banned phrases</source>
        <translation>禁用语</translation>
    </message>
    <message>
        <source>row {row} of {table}: {problem}</source>
        <translation>“{table}”第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>there is no name</source>
        <translation>没有姓名或名称</translation>
    </message>
    <message>
        <source>write the date “{value}” as 2026-07-01</source>
        <translation>日期“{value}”请写成 2026-07-01 的格式</translation>
    </message>
    <message>
        <source>there are dates but no title</source>
        <translation>有日期但没有职务</translation>
    </message>
    <message>
        <source>the title ends before it starts</source>
        <translation>职务的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>there is no right form</source>
        <translation>没有正确写法</translation>
    </message>
    <message>
        <source>there is no phrase</source>
        <translation>没有禁用语</translation>
    </message>
    <message>
        <source>a cell is longer than {max} characters</source>
        <translation>有单元格超过 {max} 个字符</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is larger than 8 MB</source>
        <translation>文件超过 8 MB</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>无法读取文件（{detail}）</translation>
    </message>
    <message>
        <source>{changes}, {comments} in {paragraphs}.</source>
        <translation>{paragraphs}中有 {changes}、{comments}。</translation>
    </message>
    <message>
        <source>{n} tracked change</source>
        <translation>{n} 处修订</translation>
    </message>
    <message>
        <source>{n} tracked changes</source>
        <translation>{n} 处修订</translation>
    </message>
    <message>
        <source>{n} comment</source>
        <translation>{n} 条批注</translation>
    </message>
    <message>
        <source>{n} comments</source>
        <translation>{n} 条批注</translation>
    </message>
    <message>
        <source>{n} paragraph</source>
        <translation>{n} 个段落</translation>
    </message>
    <message>
        <source>{n} paragraphs</source>
        <translation>{n} 个段落</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} 条修改建议</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} 条修改建议</translation>
    </message>
    <message>
        <source>{where}  {who}  {when}  comment  on {anchored}: {text}</source>
        <translation>{where}  {who}  {when}  批注  针对 {anchored}：{text}</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>（无作者）</translation>
    </message>
    <message>
        <source>(not a date: {text})</source>
        <translation>（不是日期：{text}）</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>not applied: {line}</source>
        <translation>未应用：{line}</translation>
    </message>
    <message>
        <source>Accepted {suggestions}; saved {path}.</source>
        <translation>已接受 {suggestions}；已保存 {path}。</translation>
    </message>
    <message>
        <source>Accepted {suggestions}; nothing in the release changed.</source>
        <translation>已接受 {suggestions}；新闻稿没有任何改动。</translation>
    </message>
    <message>
        <source>Accepted {suggestions} ({failed} could not be placed); saved {path}.</source>
        <translation>已接受 {suggestions}（{failed} 条无法定位）；已保存 {path}。</translation>
    </message>
    <message>
        <source>Accepted {suggestions} ({failed} could not be placed); nothing in the release changed.</source>
        <translation>已接受 {suggestions}（{failed} 条无法定位）；新闻稿没有任何改动。</translation>
    </message>
    <message>
        <source>Note: {draft} was sent for review from a text that {release} and its history do not hold (another release, or a version older than its history): tracked changes are placed by the text around them; edits made without track changes are listed, not applied.</source>
        <translation>注意：{draft} 送审时所依据的文本不在 {release} 及其历史版本中（可能是另一篇新闻稿，或早于其历史记录的版本）：修订按其前后文字定位；未使用修订模式所做的改动只列出，不应用。</translation>
    </message>
    <message>
        <source>Note: {draft} was sent for review from another version of {release} (the fingerprints differ); each change is placed by the text around it.</source>
        <translation>注意：{draft} 送审时依据的是 {release} 的另一个版本（指纹不同）；每处改动按其前后文字定位。</translation>
    </message>
    <message>
        <source>Note: {draft} was not sent for review by ReleaseDesk (it has no field map): its fields are compared with the release&apos;s, and its tracked changes are listed under no field.</source>
        <translation>注意：{draft} 不是由 ReleaseDesk 送审的（没有字段对照）：将其各字段与新闻稿的字段比较，其修订列在“不属于任何字段”之下。</translation>
    </message>
    <message>
        <source>  [cannot be placed: its text changed since it was sent]</source>
        <translation>  [无法定位：送审后其文字已改动]</translation>
    </message>
    <message>
        <source>{suggestions} ({applies} to accept or reject), {comments}.</source>
        <translation>{suggestions}（{applies} 条待接受或拒绝），{comments}。</translation>
    </message>
    <message>
        <source>{suggestions} ({applies} to accept or reject; {stuck} cannot be placed), {comments}.</source>
        <translation>{suggestions}（{applies} 条待接受或拒绝；{stuck} 条无法定位），{comments}。</translation>
    </message>
    <message>
        <source>  [listed only]</source>
        <translation>  [仅列出]</translation>
    </message>
    <message>
        <source>  [resolved]</source>
        <translation>  [已解决]</translation>
    </message>
    <message>
        <source>  [reply to comment {number}]</source>
        <translation>  [回复第 {number} 条批注]</translation>
    </message>
    <message>
        <source>comment {number}  {field}  {who}  {when}  on {anchored}: {text}{state}</source>
        <translation>批注 {number}  {field}  {who}  {when}  针对 {anchored}：{text}{state}</translation>
    </message>
    <message>
        <source>releasedesk: internal error ({kind}: {detail}); please report it.</source>
        <translation>releasedesk：内部错误（{kind}：{detail}）；请报告此问题。</translation>
    </message>
    <message>
        <source>releasedesk: the editor cannot start ({reason}); the export, check and new commands still work (see &apos;releasedesk --help&apos;).</source>
        <translation>releasedesk：编辑器无法启动（{reason}）；导出、检查和新建命令仍可使用（参见“releasedesk --help”）。</translation>
    </message>
    <message>
        <source>releasedesk: skipped: {problem}</source>
        <translation>releasedesk：已跳过：{problem}</translation>
    </message>
    <message>
        <source>--wrap needs a width of at least 10 columns.</source>
        <translation>--wrap 的宽度至少为 10 列。</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>-o - writes one format to standard output; choose it with -f.</source>
        <translation>-o - 只把一种格式写到标准输出；请用 -f 选定格式。</translation>
    </message>
    <message>
        <source>A {format} export is binary and would garble the terminal; redirect the output to a file or give a file name with -o.</source>
        <translation>{format} 导出是二进制内容，会使终端显示乱码；请把输出重定向到文件，或用 -o 指定文件名。</translation>
    </message>
    <message>
        <source>The {format} export of this release names its photos as files beside it; export to a folder with -o, not to standard output.</source>
        <translation>此新闻稿的 {format} 导出会把图片作为旁边的文件引用；请用 -o 导出到文件夹，而不是标准输出。</translation>
    </message>
    <message>
        <source>Could not write the exports: the folder {folder} does not exist.</source>
        <translation>无法写入导出文件：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not write the exports: {folder} is a file; give a folder for several formats.</source>
        <translation>无法写入导出文件：{folder} 是文件；导出多种格式时请指定文件夹。</translation>
    </message>
    <message>
        <source>{target} already exists; choose another name or add --force to replace it.</source>
        <translation>{target} 已存在；请换一个名称，或加上 --force 替换它。</translation>
    </message>
    <message>
        <source>Give either --type or --template, not both: a template has a kind of its own.</source>
        <translation>请只给出 --type 或 --template 之一：模板自有其稿件类型。</translation>
    </message>
    <message>
        <source>--corrects makes a correction; leave out --type or give --type correction.</source>
        <translation>--corrects 用于生成更正稿；请省略 --type，或使用 --type correction。</translation>
    </message>
    <message>
        <source>{target} already exists; choose another name with -o or add --force to replace it.</source>
        <translation>{target} 已存在；请用 -o 换一个名称，或加上 --force 替换它。</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>磁盘读写出错</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>设备或地址不存在</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>文件句柄无效</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>资源暂时不可用</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>设备或资源正忙</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>Invalid cross-device link</source>
        <translation>不能跨磁盘链接或移动</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>设备不存在</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>系统中打开的文件过多</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>Text file busy</source>
        <translation>文件正被程序使用</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>Illegal seek</source>
        <translation>无法在此文件中定位</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>Too many links</source>
        <translation>链接过多</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>管道已断开</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>文件夹不为空</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接层级过多</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>Stale file handle</source>
        <translation>文件句柄已失效（网络盘上的文件已被移走）</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>无法连接到该主机</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>不支持此操作</translation>
    </message>
    <message>
        <source>system error {number}</source>
        <translation>系统错误 {number}</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>系统未说明原因</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>Could not {action} {where}: the disk is full. Free some space or choose another folder; nothing was written.</source>
        <translation>无法{action} {where}：磁盘已满。请释放空间或选择其他文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: the folder is on a read-only disk. Choose a folder you can write to; the previous file is unchanged.</source>
        <translation>无法{action} {where}：该文件夹位于只读磁盘上。请选择您可以写入的文件夹；原文件保持不变。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: the folder is on a read-only disk. Choose a folder you can write to; nothing was written.</source>
        <translation>无法{action} {where}：该文件夹位于只读磁盘上。请选择您可以写入的文件夹；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: permission denied. Ask for permission to read it, or copy it to a folder of your own and open the copy.</source>
        <translation>无法{action} {where}：没有权限。请申请读取权限，或将其复制到您自己的文件夹后打开副本。</translation>
    </message>
    <message>
        <source>Could not {action} {where}: permission denied. Choose a folder you can write to; nothing was written.</source>
        <translation>无法{action} {where}：没有权限。请选择您可以写入的文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <source>Unterminated string, no closing quote</source>
        <translation>字符串没有结束引号</translation>
    </message>
    <message>
        <source>Invalid control character in a string</source>
        <translation>字符串中含有无效的控制字符</translation>
    </message>
    <message>
        <source>releasedesk: note: {note}</source>
        <translation>releasedesk：注意：{note}</translation>
    </message>
    <message>
        <source>{manifest} is not signed: this computer has no private key for the house style&apos;s public key (releasedesk keys list).</source>
        <translation>{manifest} 未签名：这台电脑上没有与机构样式公钥对应的私钥（可运行“releasedesk keys list”查看）。</translation>
    </message>
    <message>
        <source>{who} approved it on {at} with an earlier ReleaseDesk, whose approvals did not cover everything that prints; ask for a new sign-off.</source>
        <translation>{who} 于 {at} 用较早版本的 ReleaseDesk 批准了此稿，当时的批准未涵盖所有打印内容；请重新签发。</translation>
    </message>
    <message>
        <source>FAILED  {problem}</source>
        <translation>未通过  {problem}</translation>
    </message>
    <message>
        <source>note    {note}</source>
        <translation>注意    {note}</translation>
    </message>
    <message>
        <source>OK      {count} files match {manifest}, signed with the office&apos;s key; the release was approved ({fingerprint}).</source>
        <translation>通过    {count} 个文件与 {manifest} 一致，并以本单位的密钥签名；新闻稿已批准（{fingerprint}）。</translation>
    </message>
    <message>
        <source>OK      {count} files match {manifest}, which says the release was approved ({fingerprint}); it is not signed, so it does not prove who wrote it.</source>
        <translation>通过    {count} 个文件与 {manifest} 一致，清单表明新闻稿已批准（{fingerprint}）；清单未签名，因此不能证明由谁写出。</translation>
    </message>
    <message>
        <source>The public key is now in the house style {name} ({path}); hand that profile to the web team.</source>
        <translation>公钥已写入机构样式 {name}（{path}）；请把该样式文件交给网站团队。</translation>
    </message>
    <message>
        <source>caption: taken from the photo&apos;s own metadata: {value}</source>
        <translation>图片说明：取自图片自带的元数据：{value}</translation>
    </message>
    <message>
        <source>credit: taken from the photo&apos;s own metadata: {value}</source>
        <translation>署名：取自图片自带的元数据：{value}</translation>
    </message>
    <message>
        <source>alt: taken from the photo&apos;s own metadata: {value}</source>
        <translation>替代文本：取自图片自带的元数据：{value}</translation>
    </message>
    <message>
        <source>   caption: {value}</source>
        <translation>   图片说明：{value}</translation>
    </message>
    <message>
        <source>   credit: {value}</source>
        <translation>   署名：{value}</translation>
    </message>
    <message>
        <source>   alt: {value}</source>
        <translation>   替代文本：{value}</translation>
    </message>
    <message>
        <source>{number}. {id}  {width} × {height}  {size}</source>
        <translation>{number}. {id}  {width} × {height}  {size}</translation>
    </message>
    <message>
        <source>{number}. {id}  {width} × {height}  {size}  lead</source>
        <translation>{number}. {id}  {width} × {height}  {size}  主图</translation>
    </message>
    <message>
        <source>{name} has no photo {wanted}; it has {photos}: give a number from 1 to {count} or an id from &apos;releasedesk photo list&apos;.</source>
        <translation>{name} 中没有图片 {wanted}；它有 {photos}：请给出 1 到 {count} 之间的编号，或 &apos;releasedesk photo list&apos; 列出的编号。</translation>
    </message>
    <message>
        <source>{n} photo</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>Added photo {number} ({id}, {width} × {height}); place it in the body with ![{alt}](photo:{id})</source>
        <translation>已添加第 {number} 张图片（{id}，{width} × {height}）；在正文中用 ![{alt}](photo:{id}) 放置它</translation>
    </message>
    <message>
        <source>description</source>
        <translation>图片描述</translation>
    </message>
    <message>
        <source>releasedesk: the photo has no alt text yet; add it with &apos;photo remove&apos; and &apos;photo add --alt …&apos; or in the editor before publishing.</source>
        <translation>releasedesk：这张图片还没有替代文本；发布前请用“photo remove”和“photo add --alt …”补上，或在编辑器中填写。</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>没有图片。</translation>
    </message>
    <message>
        <source>Removed photo {number} ({id}).</source>
        <translation>已删除第 {number} 张图片（{id}）。</translation>
    </message>
    <message>
        <source>releasedesk: the body still places photo:{id}; that place now prints its description. Remove the reference from the body.</source>
        <translation>releasedesk：正文中仍引用 photo:{id}；该处现在只会印出图片描述。请从正文中删去这一引用。</translation>
    </message>
    <message>
        <source>{name} has no photos.</source>
        <translation>{name} 中没有图片。</translation>
    </message>
    <message>
        <source>{published} release(s) published in {folder}: {written} file(s) written, {removed} page(s) removed; left out: {embargoed} under embargo, {unapproved} not approved, {unreadable} unreadable.</source>
        <translation>已在 {folder} 发布 {published} 篇新闻稿：写入 {written} 个文件，删除 {removed} 个页面；未发布：{embargoed} 篇处于禁发期，{unapproved} 篇未批准，{unreadable} 篇无法读取。</translation>
    </message>
    <message>
        <source>No sitemap.xml: a sitemap needs the newsroom&apos;s address (--base-url).</source>
        <translation>未生成 sitemap.xml：站点地图需要新闻中心的网址（--base-url）。</translation>
    </message>
    <message>
        <source>Proofing found nothing to correct.</source>
        <translation>校对未发现需要改正之处。</translation>
    </message>
    <message>
        <source>For immediate release</source>
        <translation>即时发布</translation>
    </message>
    <message>
        <source>Under embargo</source>
        <translation>禁发中（解禁前不得发布）</translation>
    </message>
    <message>
        <source>&quot;{tag}&quot; is not a language tag such as zh-CN or en.</source>
        <translation>“{tag}”不是 zh-CN 或 en 这样的语言标记。</translation>
    </message>
    <message>
        <source>{target} is the release itself; give the new version another name.</source>
        <translation>{target} 就是这篇新闻稿本身；请为新版本另取一个名称。</translation>
    </message>
    <message>
        <source>{target} already exists; use --force to replace it.</source>
        <translation>{target} 已存在；如需替换请加上 --force。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{name} is already in {language}; choose another language.</source>
        <translation>{name} 已经是{language}版本；请选择另一种语言。</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应有用双引号括起的键名</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处缺少逗号分隔符</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处缺少冒号分隔符</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>数据结束后还有多余内容</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>含有无效的转义符</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>含有无效的 \uXXXX 转义</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>已识别：</translation>
    </message>
    <message>
        <source>Guessed (please review):</source>
        <translation>推测所得（请检查）：</translation>
    </message>
    <message>
        <source>Not placed (kept in the body):</source>
        <translation>未能归位（保留在正文中）：</translation>
    </message>
    <message>
        <source>({how})</source>
        <translation>（{how}）</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>请输入机构名称。</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>“{address}”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>“{language}” is not a language such as en-US, en-GB or zh-CN.</source>
        <translation>“{language}”不是 en-US、en-GB 或 zh-CN 这样的语言。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; write it like Europe/Berlin or Asia/Shanghai.</source>
        <translation>“{zone}”不是时区；请写成 Europe/Berlin 或 Asia/Shanghai 这样的形式。</translation>
    </message>
    <message>
        <source>Choose how dates are written.</source>
        <translation>请选择日期的写法。</translation>
    </message>
    <message>
        <source>Contact {row} is empty: fill it in, or remove it with Remove.</source>
        <translation>第 {row} 位联系人是空的：请填写，或用“删除”把这一行删掉。</translation>
    </message>
    <message>
        <source>Contact {row} has no name: type the person&apos;s or the office&apos;s name, or remove the row with Remove.</source>
        <translation>第 {row} 位联系人没有名称：请填写联系人或部门的名称，或用“删除”把这一行删掉。</translation>
    </message>
    <message>
        <source>The logo {name} is larger than 2 MB; choose a smaller image.</source>
        <translation>标志“{name}”超过 2 MB，请选择较小的图片。</translation>
    </message>
    <message>
        <source>read the logo</source>
        <translation>读取标志</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG or SVG image; a logo must be one.</source>
        <translation>{name} 不是 PNG、JPEG 或 SVG 图片，标志必须是这几种格式之一。</translation>
    </message>
    <message>
        <source>save the logo</source>
        <translation>保存标志</translation>
    </message>
    <message>
        <source>{target} already exists; choose another name.</source>
        <translation>{target} 已存在；请另选名称。</translation>
    </message>
    <message>
        <source>There are too many copies of {name} in its folder already.</source>
        <translation>{name} 所在文件夹中的副本已经太多了。</translation>
    </message>
    <message>
        <source>News release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Media advisory</source>
        <translation>采访通知</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Correction or update</source>
        <translation>更正或更新</translation>
    </message>
    <message>
        <source>Only a media advisory has an event for a calendar: this release is of another kind.</source>
        <translation>只有采访通知才有可放入日历的活动：这份稿件属于其他类型。</translation>
    </message>
    <message>
        <source>The advisory&apos;s event has no start time yet: set when it starts, then export the calendar file again.</source>
        <translation>采访通知的活动还没有开始时间：请先填写开始时间，再重新导出日历文件。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板命名。</translation>
    </message>
    <message>
        <source>Keep the template&apos;s name to 80 characters or fewer.</source>
        <translation>模板名称请不要超过 80 个字符。</translation>
    </message>
    <message>
        <source>A template&apos;s name cannot hold / \ : * ? &quot; &lt; &gt; | or line breaks.</source>
        <translation>模板名称不能包含 / \ : * ? &quot; &lt; &gt; | 或换行。</translation>
    </message>
    <message>
        <source>There is already a template called &quot;{name}&quot;.</source>
        <translation>已有名为“{name}”的模板。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>sum of money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
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
        <source>unnamed language</source>
        <translation>未注明语言的</translation>
    </message>
    <message>
        <source>American English</source>
        <translation>美式英语</translation>
    </message>
    <message>
        <source>British English</source>
        <translation>英式英语</translation>
    </message>
    <message>
        <source>the {dictionary} dictionary is missing from {folder}; reinstall ReleaseDesk.</source>
        <translation>{folder} 中缺少{dictionary}词典；请重新安装 ReleaseDesk。</translation>
    </message>
    <message>
        <source>the word store is unusable ({detail})</source>
        <translation>词库无法使用（{detail}）</translation>
    </message>
    <message>
        <source>{engine} is not installed</source>
        <translation>未安装 {engine}</translation>
    </message>
    <message>
        <source>{engine} could not read the dictionary ({detail})</source>
        <translation>{engine} 无法读取词典（{detail}）</translation>
    </message>
    <message>
        <source>no spelling library could load ({reasons}); install chunspell or spylls.</source>
        <translation>没有可加载的拼写检查库（{reasons}）；请安装 chunspell 或 spylls。</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}；{then}</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙文</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利文</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Eastern Time, Washington</source>
        <translation>美国东部时间、华盛顿</translation>
    </message>
    <message>
        <source>Central Time</source>
        <translation>美国中部时间</translation>
    </message>
    <message>
        <source>Mountain Time</source>
        <translation>美国山地时间</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>亚利桑那</translation>
    </message>
    <message>
        <source>Pacific Time, San Francisco</source>
        <translation>美国太平洋时间、旧金山</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>阿拉斯加</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>夏威夷</translation>
    </message>
    <message>
        <source>Ottawa</source>
        <translation>渥太华</translation>
    </message>
    <message>
        <source>Brasília</source>
        <translation>巴西利亚</translation>
    </message>
    <message>
        <source>UK, Edinburgh</source>
        <translation>英国、爱丁堡</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>EU institutions</source>
        <translation>欧盟机构</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>北京 / Beijing, China</source>
        <translation>北京，中国</translation>
    </message>
    <message>
        <source>香港</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>台北</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>澳门</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>新加坡</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>東京</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>서울</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>India, New Delhi, Mumbai</source>
        <translation>印度、新德里、孟买</translation>
    </message>
    <message>
        <source>UAE</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Canberra</source>
        <translation>堪培拉</translation>
    </message>
    <message>
        <source>New Zealand, Wellington</source>
        <translation>新西兰、惠灵顿</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>纽约</translation>
    </message>
    <message>
        <source>Chicago</source>
        <translation>芝加哥</translation>
    </message>
    <message>
        <source>Denver</source>
        <translation>丹佛</translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>菲尼克斯</translation>
    </message>
    <message>
        <source>Los Angeles</source>
        <translation>洛杉矶</translation>
    </message>
    <message>
        <source>Anchorage</source>
        <translation>安克雷奇</translation>
    </message>
    <message>
        <source>Honolulu</source>
        <translation>檀香山</translation>
    </message>
    <message>
        <source>Toronto</source>
        <translation>多伦多</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>圣保罗</translation>
    </message>
    <message>
        <source>London</source>
        <translation>伦敦</translation>
    </message>
    <message>
        <source>Dublin</source>
        <translation>都柏林</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>布鲁塞尔</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>柏林</translation>
    </message>
    <message>
        <source>Paris</source>
        <translation>巴黎</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Taipei</source>
        <translation>台北</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>东京</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>首尔</translation>
    </message>
    <message>
        <source>Kolkata</source>
        <translation>加尔各答</translation>
    </message>
    <message>
        <source>Dubai</source>
        <translation>迪拜</translation>
    </message>
    <message>
        <source>Sydney</source>
        <translation>悉尼</translation>
    </message>
    <message>
        <source>Auckland</source>
        <translation>奥克兰</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>America</source>
        <translation>美洲</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>南极洲</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <source>Atlantic</source>
        <translation>大西洋</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Indian Ocean</source>
        <translation>印度洋</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>太平洋</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>英文（美国）</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>英文（英国）</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>英文（加拿大）</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>英文（澳大利亚）</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>法文（加拿大）</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <source>Chinese (Simplified, Singapore)</source>
        <translation>中文（简体，新加坡）</translation>
    </message>
    <message>
        <source>Chinese (Traditional, Hong Kong)</source>
        <translation>中文（繁体，香港）</translation>
    </message>
    <message>
        <source>Chinese (Traditional, Macao)</source>
        <translation>中文（繁体，澳门）</translation>
    </message>
    <message>
        <source>That could not be finished because of an error inside ReleaseDesk ({kind}); details are in the log.</source>
        <translation>因 ReleaseDesk 内部出错（{kind}），此事未能完成；详情见日志。</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH is &quot;{value}&quot;, which is no moment: it should be a whole number of seconds since 1970-01-01 UTC (up to the year 9999); set it so, or unset it.</source>
        <translation>SOURCE_DATE_EPOCH 的值为“{value}”，不是一个时刻：它应为自 1970-01-01 UTC 起的整秒数（不超过 9999 年）；请如此设置，或取消设置。</translation>
    </message>
    <message>
        <source>this paragraph and the next</source>
        <translation>本段与下一段</translation>
    </message>
    <message>
        <source>the end of this paragraph</source>
        <translation>本段末尾</translation>
    </message>
    <message>
        <source>a picture not inside the document (linked to a file, or its part missing) could not be taken; its description stays in the text</source>
        <translation>一张图片不在文档之内（链接到外部文件，或其部件缺失），无法导入；其说明文字保留在正文中</translation>
    </message>
    <message>
        <source>{name} already has its {language} version, {other}: open that one instead.</source>
        <translation>{name} 已有{language}版本 {other}：请改为打开该文件。</translation>
    </message>
    <message>
        <source>the word store is cut short</source>
        <translation>词库不完整</translation>
    </message>
    <message>
        <source>the word store is damaged ({detail})</source>
        <translation>词库已损坏（{detail}）</translation>
    </message>
    <message>
        <source>not a ReleaseDesk word store of this version</source>
        <translation>不是此版本 ReleaseDesk 的词库</translation>
    </message>
    <message>
        <source>the word store is damaged (its checksum differs)</source>
        <translation>词库已损坏（校验和不符）</translation>
    </message>
    <message>
        <source>unknown line {line} in the word store</source>
        <translation>词库中有无法识别的行 {line}</translation>
    </message>
    <message>
        <source>the word store is cut short or damaged</source>
        <translation>词库不完整或已损坏</translation>
    </message>
    <message>
        <source>cannot read {name} ({detail})</source>
        <translation>无法读取 {name}（{detail}）</translation>
    </message>
    <message>
        <source>{file} is in the page&apos;s photo folder but is not one of the export&apos;s files, and ReleaseDesk did not put it there; move it out of the folder and export again.</source>
        <translation>{file} 位于网页的图片文件夹中，但不是本次导出的文件，也不是 ReleaseDesk 放入的；请将其移出该文件夹后重新导出。</translation>
    </message>
    <message>
        <source>The export is written, but {file}, left by an earlier export, could not be removed ({reason}); remove it before the folder is published.</source>
        <translation>导出已完成，但先前导出留下的 {file} 无法删除（{reason}）；请在发布该文件夹前将其删除。</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} 字</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 字</translation>
    </message>
    <message>
        <source>{n} word</source>
        <translation>{n} 词</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} 词</translation>
    </message>
    <message>
        <source>{n} link</source>
        <translation>{n} 个链接</translation>
    </message>
    <message>
        <source>{n} links</source>
        <translation>{n} 个链接</translation>
    </message>
    <message>
        <source>text outside the fields: it changes no field</source>
        <translation>字段以外的文字：不会改动任何字段</translation>
    </message>
    <message>
        <source>Readers cannot follow this address: give a web address (https://…), an e-mail address or a phone number (tel:…).</source>
        <translation>读者无法打开这个地址：请填写网址（https://…）、电子邮件地址或电话号码（tel:…）。</translation>
    </message>
    <message>
        <source>The website “{address}” is an address readers cannot follow: give a web address (https://…), an e-mail address or a phone number (tel:…).</source>
        <translation>网站“{address}”是读者无法打开的地址：请填写网址（https://…）、电子邮件地址或电话号码（tel:…）。</translation>
    </message>
    <message>
        <source>Footer line {row} links to “{address}”, which readers cannot follow: give a web address (https://…), an e-mail address or a phone number (tel:…), or remove the link.</source>
        <translation>页脚第 {row} 行链接到“{address}”，读者无法打开：请填写网址（https://…）、电子邮件地址或电话号码（tel:…），或删除该链接。</translation>
    </message>
</context>
<context>
    <name>AboutFields</name>
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
        <source>{about} · End mark: {mark}</source>
        <translation>{about} · 结束标记：{mark}</translation>
    </message>
    <message>
        <source>No About text</source>
        <translation>尚无机构简介</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Readiness findings</source>
        <translation>就绪检查结果</translation>
    </message>
    <message>
        <source>Proofing findings</source>
        <translation>校对结果</translation>
    </message>
    <message>
        <source>Preview as a web page</source>
        <translation>网页预览</translation>
    </message>
    <message>
        <source>Preview as a Word document</source>
        <translation>Word 文档预览</translation>
    </message>
    <message>
        <source>Preview as plain text</source>
        <translation>纯文本预览</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Body in Markdown</source>
        <translation>正文（Markdown）</translation>
    </message>
    <message>
        <source>House styles</source>
        <translation>机构样式</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>媒体联系人</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
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
        <source>Places found</source>
        <translation>找到的位置</translation>
    </message>
    <message>
        <source>Formatting guide</source>
        <translation>格式指南</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>保存的版本</translation>
    </message>
    <message>
        <source>Language version to compare with</source>
        <translation>要对照的语言版本</translation>
    </message>
    <message>
        <source>Paragraphs side by side</source>
        <translation>逐段对照</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
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
        <source>Insert or change a link (Ctrl+K)</source>
        <translation>插入或修改链接（Ctrl+K）</translation>
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
        <source>Body as &amp;Markdown</source>
        <translation>以 Markdown 显示正文(&amp;M)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Show the body&apos;s Markdown source (Ctrl+Shift+M)</source>
        <translation>显示正文的 Markdown 源文本（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Typing in Body</source>
        <translation>在正文中键入</translation>
    </message>
    <message>
        <source>Paste in Body</source>
        <translation>在正文中粘贴</translation>
    </message>
    <message>
        <source>Cut in Body</source>
        <translation>在正文中剪切</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <source>Edit Body</source>
        <translation>编辑正文</translation>
    </message>
    <message>
        <source>Nothing was pasted: with it the body would hold {n} characters as saved, more than the {max} a release holds; paste a shorter part, or make room in the body first.</source>
        <translation>未粘贴任何内容：粘贴后正文保存时将有 {n} 个字符，超过一篇稿件最多容纳的 {max} 个；请粘贴较短的一段，或先删减正文。</translation>
    </message>
</context>
<context>
    <name>ClearanceCommands</name>
    <message>
        <source>Jan.</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb.</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug.</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sept.</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct.</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov.</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec.</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>&amp;Sign-off Sheet…</source>
        <translation>审签单(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>签发(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>Not signed off: the office register finds %n error(s) in this text; correct them, or override them with a note saying why.</source>
        <translation>
            <numerusform>未签发：机构名录在此文本中发现 %n 处错误；请改正，或附说明理由予以忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>与其他稿件比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Changes Since Approval</source>
        <translation>批准后的改动(&amp;C)</translation>
    </message>
    <message>
        <source>Submit &amp;for Review</source>
        <translation>提交审核(&amp;F)</translation>
    </message>
    <message>
        <source>Mark as &amp;Published</source>
        <translation>标为已发布(&amp;P)</translation>
    </message>
    <message>
        <source>Back to &amp;Draft</source>
        <translation>退回草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Fingerprint of the text: {fingerprint}</source>
        <translation>文本指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
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
        <source>{status}: {who} approved it on {when} with an earlier ReleaseDesk; sign off again</source>
        <translation>{status}：{who} 于 {when} 用较早版本的 ReleaseDesk 签发；请重新签发</translation>
    </message>
    <message>
        <source>{status}: changed since {who} approved it on {when}</source>
        <translation>{status}：{who}于{when}批准后有改动</translation>
    </message>
    <message>
        <source>{status}: waiting for {roles}</source>
        <translation>{status}：等待{roles}签发</translation>
    </message>
    <message>
        <source>{month} {day}, {time}</source>
        <translation>{month}{day}日 {time}</translation>
    </message>
    <message>
        <source>{date} {year}</source>
        <translation>{year}年{date}</translation>
    </message>
    <message>
        <source>Signed off by {who}</source>
        <translation>已由{who}签发</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Nobody has signed off this release yet.</source>
        <translation>还没有人签发这篇稿件。</translation>
    </message>
    <message>
        <source>The text {who} approved is no longer in this release&apos;s history, so the changes cannot be shown.</source>
        <translation>{who}批准的文本已不在本稿件的历史记录中，无法显示改动。</translation>
    </message>
    <message>
        <source>Changes since {who} approved it on {when}:</source>
        <translation>{who}于{when}批准后的改动：</translation>
    </message>
    <message>
        <source>Changes Since Approval</source>
        <translation>批准后的改动</translation>
    </message>
    <message>
        <source>Restore Earlier Version</source>
        <translation>恢复早期版本</translation>
    </message>
    <message>
        <source>Earlier version restored; save to keep it.</source>
        <translation>已恢复较早的版本；请保存以保留。</translation>
    </message>
    <message>
        <source>Changes from {other} to {this}:</source>
        <translation>从 {other} 到 {this} 的改动：</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>比较稿件</translation>
    </message>
    <message>
        <source>Sign-off sheet</source>
        <translation>审签单</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare with Language Version</source>
        <translation>与其他语言版本对照</translation>
    </message>
    <message>
        <source>Other version:</source>
        <translation>另一版本：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>下一处差异(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mark as Aligned</source>
        <translation>标记为已对齐(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This release has no language version.</source>
        <translation>本新闻稿没有其他语言版本。</translation>
    </message>
    <message>
        <source>{language} version</source>
        <translation>{language}版本</translation>
    </message>
    <message>
        <source>Record that the two versions say the same now: the paragraphs of either changed after this are marked, on both sides. Kept when this release is saved.</source>
        <translation>记下两个版本现在内容一致：此后任一版本中有改动的段落都会被标出，两边都能看到。保存本新闻稿时一并保存。</translation>
    </message>
    <message>
        <source>Select the next row whose facts differ or whose text changed since the two were aligned ({key})</source>
        <translation>选择下一个事实不一致或自上次对齐后文本有改动的行（{key}）</translation>
    </message>
    <message>
        <source>This version: {language}</source>
        <translation>本版本：{language}</translation>
    </message>
    <message>
        <source>Not yet aligned: once the two say the same, Mark as Aligned (here or in the {language} version), and the paragraphs of either changed after that are marked.</source>
        <translation>尚未对齐：两个版本内容一致后，请点“标记为已对齐”（在这里或在{language}版本中均可）；此后任一版本中有改动的段落都会标出。</translation>
    </message>
    <message>
        <source>Aligned with the {language} version from this one.</source>
        <translation>已在本版本中标记与{language}版本对齐。</translation>
    </message>
    <message>
        <source>The {language} version was aligned with this one (marked there).</source>
        <translation>{language}版本已与本版本对齐（在该版本中标记）。</translation>
    </message>
    <message>
        <source>Last aligned on {date}.</source>
        <translation>上次对齐于 {date}。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the {language} version changed since (marked).</source>
        <translation>
            <numerusform>此后{language}版本有 %n 个段落有改动（已标出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The {language} version has not changed since.</source>
        <translation>此后{language}版本没有改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of this version changed since (marked).</source>
        <translation>
            <numerusform>此后本版本有 %n 个段落有改动（已标出）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) differ between the two.</source>
        <translation>
            <numerusform>两个版本有 %n 处事实不一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>The {language} version ({path}) is not there; move it back beside this release.</source>
        <translation>{language}版本（{path}）不在原处；请把它移回本新闻稿旁边。</translation>
    </message>
    <message>
        <source>The {language} version ({path}) cannot be read: {problem}</source>
        <translation>无法读取{language}版本（{path}）：{problem}</translation>
    </message>
    <message>
        <source>The link to the {language} version ({path}) does not lead to it; the readiness checks say why.</source>
        <translation>指向{language}版本（{path}）的链接找不到该版本；发布检查会说明原因。</translation>
    </message>
    <message>
        <source>Contact {number}: {part}</source>
        <translation>联系人 {number}：{part}</translation>
    </message>
    <message>
        <source>Footer line {number}</source>
        <translation>页脚第 {number} 行</translation>
    </message>
    <message>
        <source>{field} ¶{number} (this version only)</source>
        <translation>{field} 第 {number} 段（仅本版本有）</translation>
    </message>
    <message>
        <source>{field} ¶{number} (other version only)</source>
        <translation>{field} 第 {number} 段（仅另一版本有）</translation>
    </message>
    <message>
        <source>{field} ¶{number}</source>
        <translation>{field} 第 {number} 段</translation>
    </message>
    <message>
        <source>{field} ¶{here} ↔ ¶{there}</source>
        <translation>{field} 第 {here} 段 ↔ 第 {there} 段</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未写明</translation>
    </message>
    <message>
        <source>{fact}: {here} ↔ {there}</source>
        <translation>{fact}：{here} ↔ {there}</translation>
    </message>
    <message>
        <source>changed since aligned</source>
        <translation>对齐后有改动</translation>
    </message>
    <message>
        <source>facts differ:</source>
        <translation>事实不一致：</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) still differ between the two versions.</source>
        <translation>
            <numerusform>两个版本仍有 %n 处事实不一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) still marked {mark}.</source>
        <translation>
            <numerusform>仍有 %n 个段落标着 {mark}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as aligned anyway?</source>
        <translation>仍然标记为已对齐吗？</translation>
    </message>
    <message>
        <source>Mark as Aligned</source>
        <translation>标记为已对齐</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>（无对应段落）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to this in the editor.</source>
        <translation>双击或按回车键，在编辑器中转到此处。</translation>
    </message>
    <message>
        <source>These facts differ between the two versions:</source>
        <translation>两个版本中以下事实不一致：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Changed since the two were last aligned</source>
        <translation>自上次对齐以来有改动</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
    <name>DateStyleBox</name>
    <message>
        <source>Nov. 25, 2026 (AP)</source>
        <translation>Nov. 25, 2026（美联社格式）</translation>
    </message>
    <message>
        <source>November 25, 2026</source>
        <translation>November 25, 2026</translation>
    </message>
    <message>
        <source>25 November 2026</source>
        <translation>25 November 2026</translation>
    </message>
    <message>
        <source>A Chinese release prints its dates as 2026年11月25日.</source>
        <translation>中文新闻稿的日期总是印作 2026年11月25日。</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Discard the changes made in this window?</source>
        <translation>放弃在此窗口中所做的更改？</translation>
    </message>
    <message>
        <source>They have not been saved or applied.</source>
        <translation>这些更改尚未保存或应用。</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>DiskNoticeBar</name>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another program.</source>
        <translation>“{name}”已被其他程序在磁盘上修改。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Show the version on disk in place of this one (with unsaved changes, you are asked first and they are kept as a copy)</source>
        <translation>以磁盘上的版本替换此处的版本（如有未保存的更改，会先询问您，并将这些更改保留为副本）</translation>
    </message>
    <message>
        <source>Go on with your version; Save asks before replacing the one on disk</source>
        <translation>继续使用您的版本；保存时会先询问是否替换磁盘上的版本</translation>
    </message>
    <message>
        <source>“{name}” was removed or renamed on disk.</source>
        <translation>“{name}”已在磁盘上被删除或重命名。</translation>
    </message>
    <message>
        <source>“{name}” was removed or renamed on disk; Save writes it again.</source>
        <translation>“{name}”已在磁盘上被删除或重命名；保存会重新写入该文件。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Reading the releases…</source>
        <translation>正在读取新闻稿…</translation>
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
    <name>DraftImport</name>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Imported {name}: review the marked fields and save</source>
        <translation>已导入 {name}：请检查标记的字段并保存</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Pa&amp;ste as Plain Text</source>
        <translation>粘贴为纯文本(&amp;S)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>EmbargoFields</name>
    <message>
        <source>For immediate release</source>
        <translation>即时发布</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>禁发至</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows; the embargo keeps its offset, {offset}: choose the zone from the list.</source>
        <translation>“{zone}”不是本机识别的时区；禁发时间保留其偏移量 {offset}：请从列表中选择时区。</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>HTML fragment copied</source>
        <translation>已复制 HTML 片段</translation>
    </message>
    <message>
        <source>Copied for e-mail</source>
        <translation>已复制，可粘贴到电子邮件中</translation>
    </message>
    <message>
        <source>Plain text copied</source>
        <translation>已复制纯文本</translation>
    </message>
    <message numerus="yes">
        <source>{done}, with %n readiness error(s): see the Readiness list</source>
        <translation>
            <numerusform>{done}，发布检查有 %n 个错误：见“发布检查”列表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Export written</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Exported “{name}” to {folder}.</source>
        <translation>已将“{name}”导出到 {folder}。</translation>
    </message>
    <message>
        <source>Exported {n} files to {folder}.</source>
        <translation>已将 {n} 个文件导出到 {folder}。</translation>
    </message>
    <message>
        <source>The desktop has no program to open {path} with.</source>
        <translation>桌面系统没有可以打开 {path} 的程序。</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
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
        <source>{n} found</source>
        <translation>找到 {n} 处</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>{n} of {total}, in {field}</source>
        <translation>第 {n} 处，共 {total} 处，位于{field}</translation>
    </message>
    <message>
        <source>This release is open read-only: nothing was replaced.</source>
        <translation>此新闻稿以只读方式打开：未替换任何内容。</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replaced {n}.</source>
        <translation>已替换 {n} 处。</translation>
    </message>
    <message>
        <source>The standard footer belongs to the house style and was left as it is (Tools ▸ House Style…).</source>
        <translation>标准页脚属于机构样式，未作改动（工具 ▸ 机构样式…）。</translation>
    </message>
    <message>
        <source>Photo {number}, caption</source>
        <translation>图片 {number} 的图片说明</translation>
    </message>
    <message>
        <source>Photo {number}, credit</source>
        <translation>图片 {number} 的署名</translation>
    </message>
    <message>
        <source>Photo {number}, alt text</source>
        <translation>图片 {number} 的替代文本</translation>
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
        <source>The release is for immediate release but dated {date}, after today; date it the day it goes out, or embargo it until then.</source>
        <translation>本稿为即时发布，但发布日期为 {date}，晚于今天；请改为实际发出当天的日期，或设置禁发时间至该日。</translation>
    </message>
    <message>
        <source>The embargo lifts on {embargo}, after the release date {date}; move the embargo or the release date.</source>
        <translation>禁发于 {embargo} 解除，晚于发布日期 {date}；请调整禁发时间或发布日期。</translation>
    </message>
    <message>
        <source>The body opens with the date &quot;{stated}&quot;, but the release date is {date}.</source>
        <translation>正文开头的日期为“{stated}”，但发布日期是 {date}。</translation>
    </message>
    <message>
        <source>The dateline names the date &quot;{stated}&quot;, but the release date is {date}.</source>
        <translation>电头中的日期为“{stated}”，但发布日期是 {date}。</translation>
    </message>
    <message>
        <source>&quot;{phrase}&quot; does not match: {date} is a {weekday}.</source>
        <translation>“{phrase}”不一致：{date} 是{weekday}。</translation>
    </message>
    <message>
        <source>The body has {words} words; keep it under {max}.</source>
        <translation>正文有 {words} 词；请控制在 {max} 词以内。</translation>
    </message>
    <message>
        <source>The body has {words} characters; keep it under {max}.</source>
        <translation>正文有 {words} 字；请控制在 {max} 字以内。</translation>
    </message>
    <message>
        <source>The body has {word_count}; a release usually needs at least {min}.</source>
        <translation>正文有 {word_count}；新闻稿通常至少需要 {min} 词。</translation>
    </message>
    <message>
        <source>The body has {word_count}; a Chinese release usually needs at least {min}.</source>
        <translation>正文有 {word_count}；中文新闻稿通常至少需要 {min} 字。</translation>
    </message>
    <message>
        <source>The body has {link_count} in {word_count}; keep it to one link per {per} words.</source>
        <translation>正文 {word_count} 中有 {link_count}；请控制在每 {per} 词一个链接。</translation>
    </message>
    <message>
        <source>The standard footer is empty: a footer comes from a house style. Make your organisation&apos;s with Tools ▸ Set Up Your Organisation…, or give this release one with Tools ▸ Apply House Style…</source>
        <translation>标准页脚为空：页脚来自机构样式。请通过“工具 ▸ 设置您的机构…”创建本机构的样式，或通过“工具 ▸ 应用机构样式…”为本稿选择一个。</translation>
    </message>
    <message>
        <source>The standard footer differs from the current “{profile}” house style; update it from the profile.</source>
        <translation>标准页脚与当前“{profile}”机构样式不一致；请按该样式更新。</translation>
    </message>
    <message>
        <source>Footer line {row} links to “{address}”, which readers cannot follow: the exports print its words without the link; give it a web address, an e-mail address or a phone number in the house style.</source>
        <translation>页脚第 {row} 行链接到“{address}”，读者无法打开：导出时只印出文字、不带链接；请在机构样式中为其填写网址、电子邮件地址或电话号码。</translation>
    </message>
    <message>
        <source>The organisation is not the “{profile}” house style&apos;s ({expected}); check that the release, its About text and footer speak for the same one.</source>
        <translation>机构名称与机构样式“{profile}”中的（{expected}）不同；请核对新闻稿、机构简介和页脚代表的是同一个机构。</translation>
    </message>
    <message>
        <source>The release has no release date.</source>
        <translation>新闻稿没有发布日期。</translation>
    </message>
    <message>
        <source>The embargo&apos;s time zone “{zone}” is not one this computer knows; the embargo prints with its offset, {offset}: choose the zone from the list.</source>
        <translation>禁发时间的时区“{zone}”不是本机识别的时区；禁发时间按其偏移量 {offset} 印出：请从列表中选择时区。</translation>
    </message>
    <message>
        <source>The embargo is given as {offset}, but {zone} is {expected} at that moment; check the embargo&apos;s time and zone (the exports print {offset}).</source>
        <translation>禁发时间写作 {offset}，但 {zone} 在该时刻为 {expected}；请核对禁发时间和时区（导出时印出 {offset}）。</translation>
    </message>
    <message>
        <source>The house wording for &quot;{key}&quot; cannot be printed as written; correct it in the house-style profile.</source>
        <translation>机构样式中的词语“{key}”无法按原样打印；请在机构样式中更正。</translation>
    </message>
    <message>
        <source>Not yet approved: nobody has signed off this text.</source>
        <translation>尚未批准：还没有人签发这份文本。</translation>
    </message>
    <message>
        <source>Not yet approved: still waiting for the sign-off of {roles}.</source>
        <translation>尚未批准：仍在等待{roles}签发。</translation>
    </message>
    <message>
        <source>Not yet approved: changed since {who} approved it on {when}.</source>
        <translation>尚未批准：{who}于 {when} 批准后文本有改动。</translation>
    </message>
    <message>
        <source>Not yet approved: {who} approved it on {when} with an earlier ReleaseDesk, whose approvals did not cover everything that prints (the e-mail&apos;s addresses, the paper, the embargo&apos;s zone, photo sizes); ask for a new sign-off.</source>
        <translation>尚未通过审核：{who} 于 {when} 用较早版本的 ReleaseDesk 签发，该版本的签发未涵盖所有打印内容（邮件地址、纸张、禁发时区、图片尺寸）；请重新签发。</translation>
    </message>
    <message>
        <source>The sign-off by {who} is dated {when}, later than now: a clock was set wrong.</source>
        <translation>{who}的签发时间为 {when}，晚于现在：有时钟设置错误。</translation>
    </message>
    <message>
        <source>A version of this release was saved on {when}, before the version it followed: a clock was set back, so its history is out of time order.</source>
        <translation>本稿件有一个版本保存于 {when}，早于它之前的版本：有时钟被调慢，因此其历史记录的时间顺序是乱的。</translation>
    </message>
    <message>
        <source>Photo {number} ({id}) has no alt text; readers who cannot see it need one.</source>
        <translation>第 {number} 张图片（{id}）没有替代文本；看不到图片的读者需要它。</translation>
    </message>
    <message>
        <source>Photo {number} ({id}) has no credit; name the photographer or owner.</source>
        <translation>第 {number} 张图片（{id}）没有署名；请注明摄影者或版权方。</translation>
    </message>
    <message>
        <source>Photo {number} ({id}) is {width} pixels wide, too small for most news sites ({min} at least).</source>
        <translation>第 {number} 张图片（{id}）宽 {width} 像素，对大多数新闻网站来说太小（至少需要 {min}）。</translation>
    </message>
    <message>
        <source>The caption of photo {number} ({id}) has {words} words; wire services take up to {max}.</source>
        <translation>第 {number} 张图片（{id}）的图片说明有 {words} 个词；通讯社最多接受 {max} 个。</translation>
    </message>
    <message>
        <source>Photo {number} ({id}) is {size} MB; the package and the release file carry it whole, which some mail servers refuse.</source>
        <translation>第 {number} 张图片（{id}）有 {size} MB；文件包和新闻稿文件会完整携带它，部分邮件服务器会拒收。</translation>
    </message>
    <message>
        <source>The body places photo:{id}, but the release has no photo {id}; that place prints only its description.</source>
        <translation>正文引用了 photo:{id}，但新闻稿中没有图片 {id}；该处只会输出其描述文字。</translation>
    </message>
    <message>
        <source>photo:{id} stands inside a list, quotation or heading, where no photo can stand; put it on a line of its own.</source>
        <translation>photo:{id} 位于列表、引文或标题中，图片不能放在这些位置；请让它单独占一行。</translation>
    </message>
    <message>
        <source>A broken character (half of a Unicode pair, from a damaged file) after “{before}” cannot be printed and is left out of every export; retype it.</source>
        <translation>“{before}”之后有一个损坏的字符（半个 Unicode 代理对，来自受损的文件），无法打印，所有导出都会略去它；请重新输入。</translation>
    </message>
    <message>
        <source>The {language} version ({path}) is not there; move it back beside this release, or make the link again. The link is kept.</source>
        <translation>{language}版本（{path}）不在原处；请把它移回本新闻稿旁边，或重新建立链接。链接已保留。</translation>
    </message>
    <message>
        <source>The link to the {language} version names “{path}”, which is no release file beside this one; it was not followed.</source>
        <translation>指向{language}版本的链接为“{path}”，这不是本新闻稿旁边的新闻稿文件；未跟随该链接。</translation>
    </message>
    <message>
        <source>The {language} version ({path}) cannot be read: {problem}</source>
        <translation>无法读取{language}版本（{path}）：{problem}</translation>
    </message>
    <message>
        <source>{path} is another release, not the {language} version this one was linked to; its facts were not compared.</source>
        <translation>{path} 是另一份新闻稿，不是与本稿链接的{language}版本；未比较其中的事实。</translation>
    </message>
    <message>
        <source>{path} claims this release&apos;s own id: one of the two is a copy; make the language version again from the original.</source>
        <translation>{path} 使用了本新闻稿自己的编号：两者之一是副本；请从原稿重新生成语言版本。</translation>
    </message>
    <message>
        <source>The {language} version ({path}) has changed since the two were linked; its facts are still compared with this one&apos;s.</source>
        <translation>{language}版本（{path}）在两者建立链接后有改动；仍会将其中的事实与本稿比较。</translation>
    </message>
    <message>
        <source>{place} is not yet in {language}: “{excerpt}”. Translate it, or mark it to translate.</source>
        <translation>{place}尚未译成{language}：“{excerpt}”。请翻译，或标记为待翻译。</translation>
    </message>
    <message>
        <source>The {language} version still has text marked to translate: it stays out of the web team&apos;s package until it is translated.</source>
        <translation>{language}版本仍有标记为待翻译的文字：翻译完成前，不会放入给网站团队的发布包。</translation>
    </message>
    <message>
        <source>The {language} version is in a language this release or another of its versions is already in: it stays out of the web team&apos;s package; link a version in another language.</source>
        <translation>{language}版本与本稿或其另一语言版本的语言相同：不会放入给网站团队的发布包；请链接另一种语言的版本。</translation>
    </message>
    <message>
        <source>The {language} version has no headline or no body yet: it stays out of the web team&apos;s package until it is written.</source>
        <translation>{language}版本还没有标题或正文：写好之前，它不会放入给网站团队的发布包。</translation>
    </message>
    <message>
        <source>The {language} version is not approved, and this release is: it stays out of the web team&apos;s package until it is approved too.</source>
        <translation>{language}版本尚未批准，而本稿已批准：在该版本也获批准前，不会放入给网站团队的发布包。</translation>
    </message>
    <message>
        <source>A {kind} differs from the {language} version: “{here}” ({place}) here, “{there}” ({other_place}) there.</source>
        <translation>与{language}版本的{kind}不一致：本稿为“{here}”（{place}），对方为“{there}”（{other_place}）。</translation>
    </message>
    <message>
        <source>The {kind} “{here}” ({place}) is not in the {language} version.</source>
        <translation>{kind}“{here}”（{place}）不在{language}版本中。</translation>
    </message>
    <message>
        <source>The {language} version states the {kind} “{there}” ({other_place}), which this one does not.</source>
        <translation>{language}版本写有{kind}“{there}”（{other_place}），本稿没有。</translation>
    </message>
    <message>
        <source>“{here}” ({place}) is named here, but the {language} version names “{there}” ({other_place}); the register writes this person {counterpart} there.</source>
        <translation>本版本提到“{here}”（{place}），{language}版本提到的却是“{there}”（{other_place}）；名录中此人在该版本应写作 {counterpart}。</translation>
    </message>
    <message>
        <source>“{here}” ({place}) is not named in the {language} version; the register writes this person {counterpart} there.</source>
        <translation>“{here}”（{place}）未在{language}版本中提及；名录中此人在该版本应写作 {counterpart}。</translation>
    </message>
    <message>
        <source>The {language} version names “{there}” ({other_place}), whom this one does not name; the register writes this person {counterpart} here.</source>
        <translation>{language}版本提到“{there}”（{other_place}），本版本却未提及；名录中此人在本版本应写作 {counterpart}。</translation>
    </message>
    <message>
        <source>“{found}” ({place}) is a date written as another language writes it; a release in {language} writes it “{right}”.</source>
        <translation>“{found}”（{place}）是其他语言的日期写法；{language}新闻稿应写作“{right}”。</translation>
    </message>
    <message>
        <source>The text is still marked {mark}: translate it and remove the mark.</source>
        <translation>文本仍标有 {mark}：请翻译并删除该标记。</translation>
    </message>
    <message>
        <source>The web page names its photos relative to itself, which social networks and search engines cannot follow; give the site&apos;s address for images (base URL) in its house style, Tools ▸ House Style… (a release of none takes one with Tools ▸ Apply House Style…).</source>
        <translation>网页中的图片地址是相对于网页本身的，社交网络和搜索引擎无法据此找到图片；请在本稿的机构样式（“工具 ▸ 机构样式…”）中填写图片所用网站地址（基础网址）（尚未使用机构样式的稿件，请先通过“工具 ▸ 应用机构样式…”选择一个）。</translation>
    </message>
    <message>
        <source>The body places photo:{id} more than once; it appears only at the first place.</source>
        <translation>正文多次引用了 photo:{id}；图片只出现在第一处。</translation>
    </message>
    <message>
        <source>“{found}” is not in the {dictionary} dictionary.</source>
        <translation>“{found}”不在{dictionary}词典中。</translation>
    </message>
    <message>
        <source>Spelling is off: {reason}</source>
        <translation>拼写检查已关闭：{reason}</translation>
    </message>
    <message>
        <source>“{found}” is close to the register&apos;s “{use}”; check the spelling.</source>
        <translation>“{found}”与名录中的“{use}”相近；请核对写法。</translation>
    </message>
    <message>
        <source>“{found}”: on {date} {name} is {held}, not {title}.</source>
        <translation>“{found}”：{date} 时{name}的职务是{held}，不是{title}。</translation>
    </message>
    <message>
        <source>“{found}”: on {date} {name} holds no title in the register, not {title}.</source>
        <translation>“{found}”：{date} 时{name}在名录中没有任何职务，不是{title}。</translation>
    </message>
    <message>
        <source>The register writes “{use}”, not “{found}”.</source>
        <translation>名录中的规范写法是“{use}”，不是“{found}”。</translation>
    </message>
    <message>
        <source>“{found}” is on the office&apos;s list of phrases never to print.</source>
        <translation>“{found}”在本单位的禁用词列表中。</translation>
    </message>
    <message>
        <source>“{found}” does not match: {date} is a {weekday}.</source>
        <translation>“{found}”不一致：{date} 是{weekday}。</translation>
    </message>
    <message>
        <source>“{found}” does not match a release dated {date}: {word} is {right}.</source>
        <translation>“{found}”与发布日期 {date} 不符：{word}应为{right}。</translation>
    </message>
    <message>
        <source>AP style uses numerals from 10 on: write “{use}”.</source>
        <translation>美联社文体从 10 起用阿拉伯数字：请写作“{use}”。</translation>
    </message>
    <message>
        <source>AP style spells out numbers below 10: write “{use}”.</source>
        <translation>美联社文体中 10 以下的数字用英文单词：请写作“{use}”。</translation>
    </message>
    <message>
        <source>AP style writes “percent” as one word.</source>
        <translation>美联社文体把“percent”写成一个词。</translation>
    </message>
    <message>
        <source>“{found}” mixes with years written like “{other}” in this text; use one form (GB/T 15835).</source>
        <translation>“{found}”与文中“{other}”这样的年份写法混用；请统一为一种（GB/T 15835）。</translation>
    </message>
    <message>
        <source>“{found}” is probably a typo for “{use}”.</source>
        <translation>“{found}”可能是“{use}”的错别字。</translation>
    </message>
    <message>
        <source>A half-width “{found}” among Chinese text; use the full-width “{use}”.</source>
        <translation>中文中使用了半角“{found}”；请改用全角“{use}”。</translation>
    </message>
    <message>
        <source>A full-width “{found}” in Latin text; use “{use}”.</source>
        <translation>西文中使用了全角“{found}”；请改用“{use}”。</translation>
    </message>
    <message>
        <source>“{found}”: the punctuation mark is doubled.</source>
        <translation>“{found}”：标点符号重复。</translation>
    </message>
    <message>
        <source>“{found}” is opened but never closed.</source>
        <translation>“{found}”没有配对的闭合符号。</translation>
    </message>
    <message>
        <source>“{found}” closes something never opened.</source>
        <translation>“{found}”前面没有配对的起始符号。</translation>
    </message>
    <message>
        <source>“{found}” is not one of the register&apos;s places; check the dateline.</source>
        <translation>“{found}”不在名录的地名中；请核对电头。</translation>
    </message>
    <message>
        <source>“{found}” is not one of the register&apos;s places; did you mean “{use}”?</source>
        <translation>“{found}”不在名录的地名中；是否应为“{use}”？</translation>
    </message>
    <message>
        <source>“{found}” is a document&apos;s title: write it in title marks, “{use}” (GB/T 15834).</source>
        <translation>“{found}”是文件名称，应加书名号：“{use}”（GB/T 15834）。</translation>
    </message>
    <message>
        <source>The advisory&apos;s event has no start: say when it begins.</source>
        <translation>采访通知的活动没有开始时间：请写明何时开始。</translation>
    </message>
    <message>
        <source>The event starts on {start}, before the release date {date}: an advisory announces an event still to come.</source>
        <translation>活动于 {start} 开始，早于发布日期 {date}：采访通知应预告尚未举行的活动。</translation>
    </message>
    <message>
        <source>The event started on {start}, which has already passed.</source>
        <translation>活动已于 {start} 开始，时间已过。</translation>
    </message>
    <message>
        <source>The event ends ({end}) before or when it starts ({start}).</source>
        <translation>活动结束时间（{end}）不晚于开始时间（{start}）。</translation>
    </message>
    <message>
        <source>The event&apos;s time zone &quot;{zone}&quot; is not one this computer knows.</source>
        <translation>本机不认识活动时区“{zone}”。</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward from {before} to {after} and skip it. Choose a time outside the change.</source>
        <translation>{zone}不存在{date} {time}：时钟由{before}拨快到{after}，跳过了这一时刻。请选择调时以外的时间。</translation>
    </message>
    <message>
        <source>{time} on {date} comes twice in {zone}, as the clocks go back from {first} to {second}; the advisory means the {meant} one. Check that is the time meant.</source>
        <translation>{zone}的{date} {time}会出现两次，因为时钟由{first}拨回到{second}；本通知指的是{meant}的那一次。请确认这是所指的时间。</translation>
    </message>
    <message>
        <source>&quot;{phrase}&quot; does not match: the event is on {date}, a {weekday}.</source>
        <translation>“{phrase}”与日期不符：活动在 {date}，是 {weekday}。</translation>
    </message>
    <message>
        <source>The statement is attributed to nobody: name the person who makes it.</source>
        <translation>声明没有署名：请写明发表声明的人。</translation>
    </message>
    <message>
        <source>The office register gives {name} the title “{expected}”, not “{title}”.</source>
        <translation>机构名录中{name}的职务是“{expected}”，而不是“{title}”。</translation>
    </message>
    <message>
        <source>The office register gives {name} the title “{expected}”; add it to the attribution.</source>
        <translation>机构名录中{name}的职务是“{expected}”；请在署名中加上。</translation>
    </message>
    <message>
        <source>The correction is not linked to the release it corrects.</source>
        <translation>更正稿没有链接到它所更正的稿件。</translation>
    </message>
    <message>
        <source>The correction does not give the date of the release it corrects.</source>
        <translation>更正稿没有写明被更正稿件的日期。</translation>
    </message>
    <message>
        <source>The correction does not say what was corrected.</source>
        <translation>更正稿没有说明更正了什么。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up your organisation</source>
        <translation>设置您的机构</translation>
    </message>
    <message>
        <source>Start without a house style of your own; Tools ▸ Set Up Your Organisation… brings this back.</source>
        <translation>先不设置自己的机构样式；之后可在“工具 ▸ 设置您的机构…”中重新打开。</translation>
    </message>
    <message>
        <source>S&amp;kip Set-up</source>
        <translation>跳过设置(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Close without changing the house style.</source>
        <translation>关闭，不更改机构样式。</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>您的机构</translation>
    </message>
    <message>
        <source>These are your house style&apos;s answers; change any of them and Finish saves them to it. What the set-up does not ask (the register, sign-offs, portal words) is kept.</source>
        <translation>以下是您机构样式中的现有内容；可修改任意一项，点击“完成”即保存到该机构样式。设置向导不涉及的内容（名录、签批、门户用语）保持不变。</translation>
    </message>
    <message>
        <source>Welcome to ReleaseDesk</source>
        <translation>欢迎使用 ReleaseDesk</translation>
    </message>
    <message>
        <source>Tell ReleaseDesk about your organisation once: every new release then starts with its name, About text, footer and media contacts. All of it can be changed later in Tools ▸ House Style.</source>
        <translation>只需介绍一次您的机构：此后每篇新稿件都会自动带上机构名称、机构简介、页脚和媒体联系人。以上内容日后都可在“工具 ▸ 机构样式”中修改。</translation>
    </message>
    <message>
        <source>Import a Colleague&apos;s House Style File…</source>
        <translation>导入同事的机构样式文件…</translation>
    </message>
    <message>
        <source>e.g. Calloway Harbour Authority</source>
        <translation>例如：芬霍洛区港务局</translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>About text and footer</source>
        <translation>机构简介和页脚</translation>
    </message>
    <message>
        <source>The About paragraph closes every release; the footer lines print at the foot of every page.</source>
        <translation>机构简介位于每篇稿件末尾；页脚各行印在每页底部。</translation>
    </message>
    <message>
        <source>About the organisation</source>
        <translation>机构简介</translation>
    </message>
    <message>
        <source>One line per footer line; for a link write: text | https://…</source>
        <translation>每行一条页脚；链接请写作：文字 | https://…</translation>
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
        <source>The people journalists call; each new release lists them, and any can be changed in the release itself.</source>
        <translation>记者联系的人员；每篇新稿件都会列出他们，也可在稿件中单独修改。</translation>
    </message>
    <message>
        <source>Language, time and dates</source>
        <translation>语言、时区和日期</translation>
    </message>
    <message>
        <source>How your releases are written: their language and spelling, the time zone of embargoes, and how dates print.</source>
        <translation>稿件的写法：所用语言和拼写、禁发时间的时区，以及日期的印法。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin, America/New_York</source>
        <translation>例如 Asia/Shanghai、Europe/Berlin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Date style</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name, or skip the set-up.</source>
        <translation>请输入机构名称，或跳过设置。</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>FormHistory</name>
    <message>
        <source>Change Headline</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>Change Subheadline</source>
        <translation>修改副标题</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>修改状态</translation>
    </message>
    <message>
        <source>Change Embargo Time</source>
        <translation>修改解禁时间</translation>
    </message>
    <message>
        <source>Change Release Date</source>
        <translation>修改发布日期</translation>
    </message>
    <message>
        <source>Change Dateline</source>
        <translation>修改电头</translation>
    </message>
    <message>
        <source>Change Organisation</source>
        <translation>修改机构</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>修改语言</translation>
    </message>
    <message>
        <source>Change Contacts</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <source>Change Photos</source>
        <translation>修改图片</translation>
    </message>
    <message>
        <source>Change About</source>
        <translation>修改机构简介</translation>
    </message>
    <message>
        <source>Change Keywords</source>
        <translation>修改关键词</translation>
    </message>
    <message>
        <source>Change End Mark</source>
        <translation>修改结束标记</translation>
    </message>
    <message>
        <source>Change Footer</source>
        <translation>修改页脚</translation>
    </message>
    <message>
        <source>Change House Style</source>
        <translation>修改机构样式</translation>
    </message>
    <message>
        <source>Change Release</source>
        <translation>修改新闻稿</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <source>Portal fields</source>
        <translation>门户字段</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
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
        <source>No photos</source>
        <translation>没有图片</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the photos named in the folded Photos section&apos;s summary</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>1 photo: {names}</source>
        <translation>1 张图片：{names}</translation>
    </message>
    <message>
        <source>{n} photos: {names}</source>
        <translation>{n} 张图片：{names}</translation>
    </message>
    <message>
        <source>Source, time, column, author, summary …</source>
        <translation>来源、发布时间、栏目、作者、摘要……</translation>
    </message>
    <message>
        <source>No media contact yet</source>
        <translation>尚无媒体联系人</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the media contacts named in the folded section&apos;s summary</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>1 contact: {names}</source>
        <translation>1 位联系人：{names}</translation>
    </message>
    <message>
        <source>{n} contacts: {names}</source>
        <translation>{n} 位联系人：{names}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Web pa&amp;ge…</source>
        <translation>网页(&amp;G)…</translation>
    </message>
    <message>
        <source>HTML fragment</source>
        <translation>HTML 片段</translation>
    </message>
    <message>
        <source>HTML &amp;fragment…</source>
        <translation>HTML 片段(&amp;F)…</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>&amp;Word document…</source>
        <translation>Word 文档(&amp;W)…</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>&amp;Plain text…</source>
        <translation>纯文本(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>P&amp;DF document…</source>
        <translation>PDF 文档(&amp;D)…</translation>
    </message>
    <message>
        <source>E-mail message</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>&amp;E-mail message…</source>
        <translation>电子邮件(&amp;E)…</translation>
    </message>
    <message>
        <source>Package for the web team (ZIP)</source>
        <translation>网站团队文件包（ZIP）</translation>
    </message>
    <message>
        <source>Package for Web &amp;Team…</source>
        <translation>网站团队文件包(&amp;T)…</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>日历活动</translation>
    </message>
    <message>
        <source>&amp;Calendar Event…</source>
        <translation>日历活动(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>FormattedEdit</name>
    <message>
        <source>Write the body here. Ctrl+B bold, Ctrl+I italic, Ctrl+K a link; in a list, Tab nests an item and Enter on an empty item ends the list.</source>
        <translation>在此撰写正文。Ctrl+B 粗体，Ctrl+I 斜体，Ctrl+K 链接；在列表中按 Tab 可将条目降一级，在空条目上按 Enter 结束列表。</translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation>粘贴为纯文本</translation>
    </message>
</context>
<context>
    <name>FormattingGuide</name>
    <message>
        <source>Formatting Guide</source>
        <translation>格式指南</translation>
    </message>
</context>
<context>
    <name>HeadlineSection</name>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>用一句话说明发生了什么</translation>
    </message>
    <message>
        <source>Optional: one more line of detail</source>
        <translation>可选：再用一行补充细节</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>“{field}” holds at most {max} characters; the rest was not pasted.</source>
        <translation>“{field}”最多容纳 {max} 个字符；其余部分未粘贴。</translation>
    </message>
    <message>
        <source>“{field}” holds at most {max} characters; nothing more can be typed.</source>
        <translation>“{field}”最多容纳 {max} 个字符；无法再输入。</translation>
    </message>
    <message>
        <source>This field holds at most {max} characters; what did not fit was not taken.</source>
        <translation>此栏最多容纳 {max} 个字符；超出的部分未被接收。</translation>
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
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>{when} · {fingerprint}</source>
        <translation>{when} · {fingerprint}</translation>
    </message>
    <message>
        <source>Signed off by {names}</source>
        <translation>签发人：{names}</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>Each save keeps the content as a version inside the release (the newest {n} at most; versions someone signed off are kept longest).</source>
        <translation>每次保存都会在稿件内保留一个内容版本（最多保留最新的 {n} 个；有人签发过的版本保留最久）。</translation>
    </message>
    <message>
        <source>No versions kept yet: the history starts with the next save.</source>
        <translation>尚未保留任何版本：历史记录从下次保存开始。</translation>
    </message>
    <message>
        <source>Changes from the version of {when} to the release as it is now:</source>
        <translation>从 {when} 的版本到当前稿件的改动：</translation>
    </message>
</context>
<context>
    <name>HouseStyleCommands</name>
    <message>
        <source>The new interface language is used the next time ReleaseDesk starts.</source>
        <translation>新的界面语言将在下次启动 ReleaseDesk 时生效。</translation>
    </message>
    <message>
        <source>Use the House Style&apos;s Site Address</source>
        <translation>采用机构样式的网站地址</translation>
    </message>
    <message>
        <source>This release now names its photos under {address}, as “{name}” says.</source>
        <translation>按照“{name}”的设置，本稿的图片地址现位于 {address} 之下。</translation>
    </message>
    <message>
        <source>The names and titles register belongs to a house style, and this release has none: choose one with Tools ▸ Apply House Style… first.</source>
        <translation>机构名录（人名与职务）属于机构样式，而本稿尚未使用机构样式：请先通过“工具 ▸ 应用机构样式…”选择一个。</translation>
    </message>
    <message>
        <source>Register saved in “{name}”.</source>
        <translation>名录已保存到“{name}”。</translation>
    </message>
    <message>
        <source>Apply House Style</source>
        <translation>应用机构样式</translation>
    </message>
    <message>
        <source>House style “{name}” applied; Edit ▸ Undo takes it back.</source>
        <translation>已应用机构样式“{name}”；可用 编辑 ▸ 撤销 取消。</translation>
    </message>
    <message>
        <source>Update Footer</source>
        <translation>更新页脚</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <source>House style</source>
        <translation>机构样式</translation>
    </message>
    <message>
        <source>What File ▸ New shows, e.g. Wire release</source>
        <translation>“文件 ▸ 新建”中显示的名称，例如：通稿</translation>
    </message>
    <message>
        <source>Where the web team publishes the pages, e.g. https://www.example.org/news/</source>
        <translation>网站团队发布网页的地址，例如 https://www.example.org/news/</translation>
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
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Above the headline</source>
        <translation>标题上方</translation>
    </message>
    <message>
        <source>Under the release line</source>
        <translation>发布时间行下方</translation>
    </message>
    <message>
        <source>#RRGGBB, empty for the built-in dark red</source>
        <translation>#RRGGBB；留空则使用内置深红色</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin, America/New_York</source>
        <translation>例如 Asia/Shanghai、Europe/Berlin</translation>
    </message>
    <message>
        <source>By the release&apos;s language (A4; US Letter for the US and Canada)</source>
        <translation>按稿件语言（A4；美国和加拿大用美式信纸）</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <source>Comma-separated addresses</source>
        <translation>多个地址用逗号分隔</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Reviewer, Director</source>
        <translation>以逗号分隔，例如：审核, 主任</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
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
        <source>Site address for images</source>
        <translation>图片所用网站地址</translation>
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
        <source>Embargo notice</source>
        <translation>禁发说明</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Embargo time zone shown</source>
        <translation>禁发时间的时区写法</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>强调色</translation>
    </message>
    <message>
        <source>Paper (PDF and Word)</source>
        <translation>纸张（PDF 和 Word）</translation>
    </message>
    <message>
        <source>E-mail from</source>
        <translation>邮件发件人</translation>
    </message>
    <message>
        <source>E-mail to</source>
        <translation>邮件收件人</translation>
    </message>
    <message>
        <source>Required sign-offs</source>
        <translation>必需的签发</translation>
    </message>
    <message>
        <source>Government portal (fields, page metadata, structured footer)</source>
        <translation>政府网站（字段、网页元数据、结构化页脚）</translation>
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
        <source>As an offset: {example}</source>
        <translation>显示时差：{example}</translation>
    </message>
    <message>
        <source>As letters where the zone has them: {example}</source>
        <translation>时区有缩写时显示缩写：{example}</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source> (yours, replaces the built-in)</source>
        <translation>（您的，取代内置样式）</translation>
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
        <source>Your own profile, used in place of the built-in one of this name; delete it to get the built-in back.</source>
        <translation>这是您自己的样式，取代了同名的内置样式；删除它即可恢复内置样式。</translation>
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
        <source>The accent colour is written #RRGGBB, e.g. #2e5e3e.</source>
        <translation>强调色的写法为 #RRGGBB，例如 #2e5e3e。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; write it like Europe/Berlin or America/New_York.</source>
        <translation>“{zone}”不是时区；请写成 Asia/Shanghai 或 Europe/Berlin 这样的形式。</translation>
    </message>
    <message>
        <source>“{address}” is not a site address; write it like https://www.example.org/news/.</source>
        <translation>“{address}”不是网站地址；请写成 https://www.example.org/news/ 这样的形式。</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>“{address}”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>© Your organisation</source>
        <translation>© 贵机构</translation>
    </message>
    <message>
        <source>A profile with that name is already installed. Replace it?</source>
        <translation>已安装同名样式。要替换吗？</translation>
    </message>
    <message>
        <source>“{name}” is a built-in profile. Use the imported one in its place? (The built-in comes back if you delete yours.)</source>
        <translation>“{name}”是内置机构样式。要用导入的样式取代它吗？（删除您的样式后，内置样式会恢复。）</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Done reviewing</source>
        <translation>检查完毕</translation>
    </message>
    <message>
        <source>Close the report and remove the review marks</source>
        <translation>关闭报告并去掉检查标记</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import report&lt;/b&gt;&lt;br&gt;{name} ({kind})</source>
        <translation>&lt;b&gt;导入报告&lt;/b&gt;&lt;br&gt;{name}（{kind}）</translation>
    </message>
    <message>
        <source>Guessed: please review</source>
        <translation>推测所得：请检查</translation>
    </message>
    <message>
        <source>Not placed: kept in the body</source>
        <translation>未能归位：保留在正文中</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>转到该字段</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>注：{note}</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>导入草稿</translation>
    </message>
    <message>
        <source>Drafts ({patterns})</source>
        <translation>草稿（{patterns}）</translation>
    </message>
</context>
<context>
    <name>KindFields</name>
    <message>
        <source>One speaker a line: name, title</source>
        <translation>每行一位出席人员：姓名、职务</translation>
    </message>
    <message>
        <source>Accreditation, registration, arrival, parking …</source>
        <translation>采访证件、报名、到场、停车……</translation>
    </message>
    <message>
        <source>Link to Original…</source>
        <translation>链接原稿…</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>What was wrong, and what is right</source>
        <translation>哪里有误，正确的是什么</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Statement by</source>
        <translation>声明人</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>更正对象</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>尚未链接</translation>
    </message>
    <message>
        <source>What, when, where, who …</source>
        <translation>活动内容、时间、地点、出席人员……</translation>
    </message>
    <message>
        <source>Who makes the statement</source>
        <translation>发表声明的人</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>禁发</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>语言版本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>{language}: changed since aligned</source>
        <translation>{language}：对齐后已更改</translation>
    </message>
    <message>
        <source>{language}: missing</source>
        <translation>{language}：找不到</translation>
    </message>
    <message>
        <source>{language}: outside this folder</source>
        <translation>{language}：在此文件夹之外</translation>
    </message>
    <message>
        <source>{language}: cannot be read</source>
        <translation>{language}：无法读取</translation>
    </message>
    <message>
        <source>{language}: another release there</source>
        <translation>{language}：该位置是另一篇新闻稿</translation>
    </message>
    <message>
        <source>{language}: claims this release&apos;s id</source>
        <translation>{language}：使用了本稿的编号</translation>
    </message>
    <message>
        <source>The {language} version {file} changed since the two were last aligned (or linked); compare them paragraph by paragraph (View ▸ Compare with Language Version).</source>
        <translation>{language}版本 {file} 在两者上次对齐（或关联）后已更改；请逐段对照（视图 ▸ 与其他语言版本对照）。</translation>
    </message>
    <message>
        <source>The {language} version is {file}.</source>
        <translation>{language}版本是 {file}。</translation>
    </message>
    <message>
        <source>The {language} version is not at {file}; the link is kept, so the version can be put back or linked again.</source>
        <translation>{language}版本不在 {file}；关联仍保留，可将该版本放回原处或重新关联。</translation>
    </message>
    <message>
        <source>The {language} version lies outside this folder, or its link cannot be followed; open the release to check it.</source>
        <translation>{language}版本在此文件夹之外，或其关联无法跟随；请打开新闻稿核查。</translation>
    </message>
    <message>
        <source>The {language} version {file} cannot be read.</source>
        <translation>{language}版本 {file} 无法读取。</translation>
    </message>
    <message>
        <source>{file} is another release, not the {language} version this one links to.</source>
        <translation>{file} 是另一篇新闻稿，不是本稿关联的{language}版本。</translation>
    </message>
    <message>
        <source>{file} claims this release&apos;s own id; give each release its own (Duplicate makes a copy with a new id).</source>
        <translation>{file} 使用了本稿自己的编号；请让每篇新闻稿各有编号（“创建副本”会生成带新编号的副本）。</translation>
    </message>
    <message>
        <source>{files} also claim(s) this release&apos;s id; language versions and the newsroom cannot tell them apart. Give each release its own (Duplicate makes a copy with a new id).</source>
        <translation>{files} 也使用了本稿的编号；语言版本和新闻中心无法区分它们。请让每篇新闻稿各有编号（“创建副本”会生成带新编号的副本）。</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>删除链接</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Links to {address}</source>
        <translation>链接到 {address}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Readiness&lt;/b&gt;</source>
        <translation>&lt;b&gt;发布检查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proofing&lt;/b&gt;</source>
        <translation>&lt;b&gt;校对&lt;/b&gt;</translation>
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
        <source>{name} is being edited by {holder}, so it is open read-only here. Use Save As to keep your own copy.</source>
        <translation>{name} 正由 {holder} 编辑，因此此处以只读方式打开。请使用“另存为”保留您自己的副本。</translation>
    </message>
    <message>
        <source>{name} is in a folder you cannot write to: your changes are kept here and in recovery copies; use Save As to save them elsewhere.</source>
        <translation>{name} 所在的文件夹不可写入：你的修改保留在这里和恢复副本中；请用“另存为”保存到其他位置。</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
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
        <source>&lt;b&gt;ReleaseDesk {version}&lt;/b&gt;&lt;p&gt;Press releases drafted in a structured form, signed off, and exported to a web page, Word, PDF, plain text, an e-mail and a verifiable package for the web team, each with the organisation&apos;s standard footer.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ReleaseDesk {version}&lt;/b&gt;&lt;p&gt;以结构化表单撰写新闻稿，经签发后导出为网页、Word、PDF、纯文本、电子邮件以及供网站团队核验的发布包，每份均带有本机构的标准页脚。&lt;/p&gt;&lt;p&gt;依 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Reloaded {name} from disk; your unsaved changes are kept as {copy}</source>
        <translation>已从磁盘重新载入 {name}；您未保存的更改已保留为 {copy}</translation>
    </message>
    <message>
        <source>Reloaded {name} from disk</source>
        <translation>已从磁盘重新载入 {name}</translation>
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
    <message numerus="yes">
        <source>{words} word(s) · {chars} characters · {minutes} min read</source>
        <translation>
            <numerusform>字数 {words} · 字符 {chars} · 阅读约 {minutes} 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Samp&amp;le</source>
        <translation>打开示例(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Write the body in Markdown: a blank line between paragraphs, **bold**, *italic*, - lists, &gt; quotations, [links](https://…).</source>
        <translation>用 Markdown 撰写正文：段落之间空一行，**粗体**，*斜体*，- 列表，&gt; 引文，[链接](https://…)。</translation>
    </message>
</context>
<context>
    <name>NewLanguageVersionDialog</name>
    <message>
        <source>New Language Version</source>
        <translation>新建语言版本</translation>
    </message>
    <message>
        <source>Make a version of “{headline}” in another language. It keeps this release&apos;s contacts, photos, dates and embargo; each version records the other, and the facts of the two are checked against each other.</source>
        <translation>为“{headline}”制作另一种语言的版本。新版本沿用本新闻稿的联系人、图片、日期和禁发时间；两个版本互相记录对方，并相互核对其中的事实。</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Start from this release&apos;s text, marked {mark} until translated</source>
        <translation>以本新闻稿的文字为起点，在翻译完成前标记为 {mark}</translation>
    </message>
    <message>
        <source>Saved in {folder}, then opened.</source>
        <translation>保存在 {folder} 中，随后打开。</translation>
    </message>
    <message>
        <source>This release has unsaved changes: it is saved first, with the link to its new version.</source>
        <translation>本新闻稿有未保存的修改：将先保存它，并记下指向新版本的链接。</translation>
    </message>
    <message>
        <source>Make Version</source>
        <translation>制作版本</translation>
    </message>
    <message>
        <source>“{tag}” is not a language tag such as zh-CN, en or fr.</source>
        <translation>“{tag}”不是语言代码，语言代码如 zh-CN、en 或 fr。</translation>
    </message>
    <message>
        <source>This release is already in {language}; choose another language.</source>
        <translation>本新闻稿已是{language}；请选择其他语言。</translation>
    </message>
    <message>
        <source>Give the new version a file name (without folders).</source>
        <translation>请为新版本指定文件名（不含文件夹）。</translation>
    </message>
    <message>
        <source>{name} already exists in this folder; choose another name.</source>
        <translation>此文件夹中已有 {name}；请另选名称。</translation>
    </message>
</context>
<context>
    <name>NewsroomWindow</name>
    <message>
        <source>Search headlines and text…</source>
        <translation>搜索标题和正文…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Build Newsroom…</source>
        <translation>生成新闻中心…</translation>
    </message>
    <message>
        <source>Write the static newsroom of this folder for the web team: an index, a page per approved release past its embargo, Atom and JSON feeds.</source>
        <translation>为网站团队生成此文件夹的静态新闻中心：索引页、每篇已批准且已过禁发期的新闻稿一页、Atom 和 JSON 订阅源。</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>Save a copy of the chosen release beside it, as a new release with no sign-offs, and open it.</source>
        <translation>在所选新闻稿旁边保存一份副本，作为没有签发记录的新新闻稿，并打开它。</translation>
    </message>
    <message>
        <source>Make &amp;Language Version…</source>
        <translation>制作语言版本(&amp;L)…</translation>
    </message>
    <message>
        <source>Make a linked version of the chosen release in another language, beside it, and open it.</source>
        <translation>在所选新闻稿旁边制作一个与之关联的另一种语言版本，并打开它。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Make Language Version…</source>
        <translation>制作语言版本…</translation>
    </message>
    <message>
        <source>Newsroom: {folder}</source>
        <translation>新闻中心：{folder}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>With language versions</source>
        <translation>有语言版本</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Without language versions</source>
        <translation>无语言版本</translation>
    </message>
    <message>
        <source>Needing attention: a language version missing, changed since last aligned or not as linked, or the release&apos;s id claimed by another file too.</source>
        <translation>需要处理：语言版本找不到、上次对齐后已更改或与关联不符，或本稿的编号也被另一个文件使用。</translation>
    </message>
    <message>
        <source>{shown} of {total} releases</source>
        <translation>显示 {shown} 篇，共 {total} 篇新闻稿</translation>
    </message>
    <message>
        <source>Making the language version…</source>
        <translation>正在制作语言版本…</translation>
    </message>
    <message>
        <source>Building the newsroom…</source>
        <translation>正在生成新闻中心…</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) published in {folder}; left out: {embargoed} under embargo, {unapproved} not approved, {unreadable} unreadable.</source>
        <translation>
            <numerusform>已在 {folder} 发布 %n 篇新闻稿；未发布：{embargoed} 篇处于禁发期，{unapproved} 篇未批准，{unreadable} 篇无法读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>What the photo shows: who, what, where, when</source>
        <translation>图片内容：人物、事件、地点、时间</translation>
    </message>
    <message>
        <source>Photographer / owner</source>
        <translation>摄影者 / 版权方</translation>
    </message>
    <message>
        <source>What a reader who cannot see it needs to know</source>
        <translation>看不到图片的读者需要知道的内容</translation>
    </message>
    <message>
        <source>Lead photo (top of the page, shown when the page is shared)</source>
        <translation>主图（位于页面顶部，分享页面时显示）</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加图片…</translation>
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
        <source>Place in body</source>
        <translation>放入正文</translation>
    </message>
    <message>
        <source>Puts a reference to this photo in the body, where the cursor is; the photo then stands there in every export.</source>
        <translation>在正文光标处插入对该图片的引用；各种导出格式中图片都会出现在该位置。</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation>（主图）</translation>
    </message>
    <message>
        <source>{id}: {width} × {height} pixels, {size}, from {source}</source>
        <translation>{id}：{width} × {height} 像素，{size}，来自 {source}</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n photo(s)…</source>
        <translation>
            <numerusform>正在读取 %n 张图片…</numerusform>
        </translation>
    </message>
    <message>
        <source>caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>{name}: {fields} taken from the photo&apos;s own metadata; check them.</source>
        <translation>{name}：{fields}取自图片自身的元数据；请核对。</translation>
    </message>
</context>
<context>
    <name>PortalStyleFields</name>
    <message>
        <source>Show the portal&apos;s fields (source, column, author …) for every language</source>
        <translation>任何语言的新闻稿都显示门户字段（来源、栏目、作者等）</translation>
    </message>
    <message>
        <source>Print the summary under the title</source>
        <translation>在标题下方印出摘要</translation>
    </message>
    <message>
        <source>Link (optional), https://…</source>
        <translation>链接（可选），https://…</translation>
    </message>
    <message>
        <source>e.g. https://www.example.gov.cn</source>
        <translation>例如 https://www.example.gov.cn</translation>
    </message>
    <message>
        <source>e.g. 芬ICP备00000000号</source>
        <translation>例如 芬ICP备00000000号</translation>
    </message>
    <message>
        <source>e.g. 芬公网安备 00000000000000号</source>
        <translation>例如 芬公网安备 00000000000000号</translation>
    </message>
    <message>
        <source>e.g. 无障碍浏览&#x3000;长者模式</source>
        <translation>例如 无障碍浏览&#x3000;长者模式</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>网站名称</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>网站地址</translation>
    </message>
    <message>
        <source>Column type</source>
        <translation>栏目类型</translation>
    </message>
    <message>
        <source>Sponsor (主办单位)</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Organiser (承办单位)</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Site ID code (网站标识码)</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <source>ICP record (ICP备案号)</source>
        <translation>ICP备案号</translation>
    </message>
    <message>
        <source>Public security record (公安机关备案号)</source>
        <translation>公安机关备案号</translation>
    </message>
    <message>
        <source>Contact us (联系我们)</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <source>Accessibility notice</source>
        <translation>无障碍（长者模式）提示</translation>
    </message>
    <message>
        <source>Portal fields shown; no footer entries</source>
        <translation>显示门户字段；未设页脚项目</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
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
    <name>Printing</name>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>ReleaseDesk release (*.release)</source>
        <translation>ReleaseDesk 新闻稿 (*.release)</translation>
    </message>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>关闭前是否保存对“{name}”的更改？</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before opening another release?</source>
        <translation>打开其他新闻稿前，是否保存对“{name}”的更改？</translation>
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
        <source>“{name}” was changed on disk since you opened or last saved it. Overwrite it with your version?</source>
        <translation>自您打开或上次保存以来，“{name}”已在磁盘上被修改。要用您的版本覆盖它吗？</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Reload shows the version on disk instead; your unsaved changes are kept as {copy}.</source>
        <translation>“重新载入”会改为显示磁盘上的版本；您未保存的更改将保留为 {copy}。</translation>
    </message>
    <message>
        <source>Reload shows the version on disk instead.</source>
        <translation>“重新载入”会改为显示磁盘上的版本。</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>从磁盘重新载入</translation>
    </message>
    <message>
        <source>Replace your unsaved changes to “{name}” with the version on disk?</source>
        <translation>要用磁盘上的版本替换您对“{name}”未保存的更改吗？</translation>
    </message>
    <message>
        <source>Your changes are kept as {copy}.</source>
        <translation>您的更改将保留为 {copy}。</translation>
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
        <translation>ReleaseDesk 意外关闭。要恢复您对“{name}”未保存的更改吗（自动保存于 {when}）？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>“Not now” keeps the copy and asks again at the next start; “Discard” deletes it.</source>
        <translation>“以后再说”会保留这份副本，下次启动时再询问；“丢弃”会将其删除。</translation>
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
        <source>Add photos</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.heif);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.heic *.heif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export with errors?</source>
        <translation>有错误仍要导出吗？</translation>
    </message>
    <message>
        <source>The readiness check found problems that would go out with this release:</source>
        <translation>发布检查发现了以下问题，导出后会随新闻稿一起发出：</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>Blank release (no house style)</source>
        <translation>空白新闻稿（不使用机构样式）</translation>
    </message>
    <message>
        <source>Apply house style</source>
        <translation>应用机构样式</translation>
    </message>
    <message>
        <source>Give this release the footer, About text, organisation, dateline, language and conventions of:</source>
        <translation>为这篇新闻稿采用以下机构样式的页脚、机构简介、机构名称、电头、语言和格式约定：</translation>
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
        <source>“{name}” is damaged and can&apos;t be opened. Your other files are fine; the details are in the log.</source>
        <translation>“{name}”已损坏，无法打开。您的其他文件都没有问题；详细信息已写入日志。</translation>
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
        <source>Open Newsroom Folder</source>
        <translation>打开新闻中心文件夹</translation>
    </message>
    <message>
        <source>Build the newsroom in</source>
        <translation>将新闻中心生成到</translation>
    </message>
    <message>
        <source>Export all formats to</source>
        <translation>将全部格式导出到</translation>
    </message>
</context>
<context>
    <name>ProofMarks</name>
    <message numerus="yes">
        <source>{suggestion} (in all %n places)</source>
        <translation>
            <numerusform>{suggestion}（全部 %n 处）</numerusform>
        </translation>
    </message>
    <message>
        <source>(No spelling suggestions)</source>
        <translation>（没有拼写建议）</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>添加到词典</translation>
    </message>
    <message>
        <source>Spell “{word}” this way in every release</source>
        <translation>在所有稿件中都接受“{word}”这种拼法</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Change to “{use}”</source>
        <translation>改为“{use}”</translation>
    </message>
    <message numerus="yes">
        <source>Change to “{use}” (in all %n places)</source>
        <translation>
            <numerusform>改为“{use}”（全部 %n 处）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofingPanel</name>
    <message>
        <source>Proofing found nothing to correct.</source>
        <translation>校对未发现需要更正之处。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}：{message}</translation>
    </message>
    <message>
        <source>Click to go to it; right-click to correct it</source>
        <translation>点击跳转到该处；右键点击可更正</translation>
    </message>
    <message numerus="yes">
        <source>{finding} (%n places)</source>
        <translation>
            <numerusform>{finding}（%n 处）</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to go to each place in turn; right-click to correct every place</source>
        <translation>单击依次转到每一处；右键点击可更正每一处</translation>
    </message>
    <message>
        <source>{finding} Suggestion: {suggestion}</source>
        <translation>{finding} 建议：{suggestion}</translation>
    </message>
    <message>
        <source>… and {n} more: correct these first.</source>
        <translation>……另有 {n} 处：请先更正以上各处。</translation>
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
    <name>Recovery</name>
    <message>
        <source>Unsaved work of another release is kept: start ReleaseDesk without a file to be offered it.</source>
        <translation>另一份新闻稿的未保存内容已保留：不带文件启动 ReleaseDesk 即可恢复。</translation>
    </message>
    <message>
        <source>A damaged recovery copy was set aside as {paths}; if it holds work you need, open it from there.</source>
        <translation>已将损坏的恢复副本另存为 {paths}；如果其中有您需要的内容，请从那里打开。</translation>
    </message>
</context>
<context>
    <name>RedlineDialog</name>
    <message>
        <source>&lt;span style=&quot;{removed}&quot;&gt;removed&lt;/span&gt; · &lt;span style=&quot;{added}&quot;&gt;added&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;{removed}&quot;&gt;删除&lt;/span&gt; · &lt;span style=&quot;{added}&quot;&gt;新增&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>RedlineView</name>
    <message>
        <source>The content is the same: nothing that reaches an export differs.</source>
        <translation>内容相同：导出的内容没有任何差别。</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文职务</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>起（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>止（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Short forms (; between)</source>
        <translation>简称（以 ; 分隔）</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>应写作</translation>
    </message>
    <message>
        <source>Not (; between)</source>
        <translation>不写作（以 ; 分隔）</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>禁用语</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>改用</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>Names and Titles Register — {house}</source>
        <translation>机构名录（人名与职务）— {house}</translation>
    </message>
    <message>
        <source>Names, titles and terms every release of this house style must get exactly right. A person has a row for each title, with the dates it holds; proofing checks a title against the release date.</source>
        <translation>本机构样式下每篇稿件都必须写准的人名、职务和用语。一人每个职务一行，注明任职起止日期；校对时按发布日期核对职务。</translation>
    </message>
    <message>
        <source>“{house}” is built in: saving keeps your own copy of it, used in its place.</source>
        <translation>“{house}”是内置样式：保存时会另存一份您自己的副本，并以它代替内置样式。</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>选择所有行</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV or JSON…</source>
        <translation>导入 CSV 或 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV (UTF-8 or GB18030) with the columns kind, name, name_zh, title, title_zh, from, to, organization, also; or a register&apos;s JSON</source>
        <translation>另存为 CSV（UTF-8 或 GB18030）的电子表格，列为 kind、name、name_zh、title、title_zh、from、to、organization、also；或名录的 JSON 文件</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>导入名录</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) or register (JSON) (*.csv *.json)</source>
        <translation>电子表格（CSV）或名录（JSON）(*.csv *.json)</translation>
    </message>
    <message>
        <source>{file} was not imported: {problem}</source>
        <translation>{file} 未导入：{problem}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
</context>
<context>
    <name>ReleaseDetails</name>
    <message>
        <source>Release</source>
        <translation>发布</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Embargo lifts</source>
        <translation>解禁时间</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Import review</source>
        <translation>导入审阅稿</translation>
    </message>
    <message>
        <source>Reviewed Word document (*.docx)</source>
        <translation>审阅后的 Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>{release} for review.docx</source>
        <translation>{release} 送审稿.docx</translation>
    </message>
    <message>
        <source>Word document for review</source>
        <translation>送审用 Word 文档</translation>
    </message>
    <message>
        <source>Send for Review</source>
        <translation>发送审阅</translation>
    </message>
    <message>
        <source>Writing the document for review…</source>
        <translation>正在写出送审文档…</translation>
    </message>
    <message>
        <source>Wrote {name} for review: reviewers mark it up with Track Changes on, then File ▸ Import Review… takes their changes back.</source>
        <translation>已写出送审文档 {name}：审阅人在修订模式下修改后，用“文件 ▸ 导入审阅稿…”取回其修改。</translation>
    </message>
    <message>
        <source>Reading the review…</source>
        <translation>正在读取审阅稿…</translation>
    </message>
    <message>
        <source>Reloaded {name} from disk; the Suggestions panel shows {review} read again against it.</source>
        <translation>已从磁盘重新载入 {name}；“修改建议”面板显示的是{review}对照重新载入的新闻稿再次读取的结果。</translation>
    </message>
    <message>
        <source>The Suggestions panel closed: the release was reloaded from disk, and the review in {name} could not be read again against it (it was moved, removed or damaged). Import it again with File ▸ Import Review….</source>
        <translation>“修改建议”面板已关闭：新闻稿已从磁盘重新载入，而{name}中的审阅稿无法对照它再次读取（该文件已被移动、删除或损坏）。请用“文件 ▸ 导入审阅稿…”重新导入。</translation>
    </message>
    <message>
        <source>The review in {name} was not read, and the release is unchanged: the file is damaged, is not a Word document, or is made to do harm.</source>
        <translation>未读取“{name}”中的审阅内容，新闻稿未作任何改动：该文件已损坏、不是 Word 文档，或被蓄意构造为有害文件。</translation>
    </message>
    <message>
        <source>{name} was sent for review from a text that this release and its history do not hold (another release, or a version older than its history): tracked changes are placed by the text around them; edits made without track changes are listed, not applied.</source>
        <translation>{name} 送审时所依据的文本不在本新闻稿及其历史版本中（是另一篇新闻稿，或早于历史记录的版本）：修订按其前后文字定位；未开启修订所做的改动只列出，不应用。</translation>
    </message>
    <message>
        <source>{name} was sent for review from another version of this release (the fingerprints differ): each change is placed by the text around it, and a change whose text is gone is not applied.</source>
        <translation>{name} 送审时所依据的是本新闻稿的另一个版本（指纹不同）：每处修改按其前后文字定位，原文已不存在的修改不会应用。</translation>
    </message>
    <message>
        <source>{name} was not sent for review by ReleaseDesk (it has no field map): its fields are compared with the release&apos;s, and its tracked changes are listed under no field.</source>
        <translation>{name} 不是由 ReleaseDesk 发出的送审稿（没有字段映射）：将逐字段与新闻稿比较，其修订列在“不属于任何字段”之下。</translation>
    </message>
    <message>
        <source>{name}: {suggestions} and {comments}; nothing changes until you accept.</source>
        <translation>{name}：{suggestions}，{comments}；在您接受之前不会有任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n 条修改建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) could not be placed: their text has changed in the release since it was sent; make those changes by hand.</source>
        <translation>
            <numerusform>%n 条修改建议无法定位：新闻稿中的相应文字在发出审阅后已改动；请手动修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s); Edit ▸ Undo takes them back.</source>
        <translation>
            <numerusform>已接受 %n 条修改建议；可用 编辑 ▸ 撤销 撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>接受修改建议</translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>接受多条修改建议</translation>
    </message>
    <message>
        <source>Mark Comment Resolved</source>
        <translation>将批注标记为已解决</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>重新打开批注</translation>
    </message>
</context>
<context>
    <name>ReviewMarks</name>
    <message>
        <source>Guessed by the import: please check this field. The mark goes when you edit it or close the import report.</source>
        <translation>此字段由导入推测得出：请检查。编辑此字段或关闭导入报告后，标记即消失。</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose a suggestion to see it in its text.</source>
        <translation>选择一条修改建议，即可在原文中查看。</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;ject All</source>
        <translation>全部拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>接受人：</translation>
    </message>
    <message>
        <source>The name the release&apos;s history gives for who accepted the suggestions.</source>
        <translation>新闻稿历史记录中记为接受这些修改建议的人名。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;批注&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标记为已解决</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>没有批注。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt; ({n}, {open} open)</source>
        <translation>&lt;b&gt;批注&lt;/b&gt;（{n} 条，{open} 条未解决）</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>移入</translation>
    </message>
    <message>
        <source>Paragraph break inserted</source>
        <translation>插入分段</translation>
    </message>
    <message>
        <source>Paragraph break deleted</source>
        <translation>删除分段</translation>
    </message>
    <message>
        <source>Formatting (listed only)</source>
        <translation>格式修改（仅列出）</translation>
    </message>
    <message>
        <source>Paragraph formatting (listed only)</source>
        <translation>段落格式修改（仅列出）</translation>
    </message>
    <message>
        <source>Table row inserted</source>
        <translation>插入表格行</translation>
    </message>
    <message>
        <source>Table row deleted</source>
        <translation>删除表格行</translation>
    </message>
    <message>
        <source>Picture inserted (listed only)</source>
        <translation>插入图片（仅列出）</translation>
    </message>
    <message>
        <source>Picture deleted (listed only)</source>
        <translation>删除图片（仅列出）</translation>
    </message>
    <message>
        <source>Photo removal suggested (listed only)</source>
        <translation>建议删去图片（仅列出）</translation>
    </message>
    <message>
        <source>Edit made without Track Changes</source>
        <translation>未开启修订时所作的修改</translation>
    </message>
    <message>
        <source>Differs from the release</source>
        <translation>与新闻稿不同</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Listed only</source>
        <translation>仅列出</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未能定位</translation>
    </message>
    <message>
        <source>From {name}: {open} to decide, {accepted} accepted, {rejected} rejected, {listed} listed only; {comments}.</source>
        <translation>来自 {name}：{open} 条待决定，{accepted} 条已接受，{rejected} 条已拒绝，{listed} 条仅列出；{comments}。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed only: accepting it would change no field.</source>
        <translation>仅列出：接受它不会改动任何字段。</translation>
    </message>
</context>
<context>
    <name>RichPasteEdit</name>
    <message>
        <source>Paste as Plain Text</source>
        <translation>粘贴为纯文本</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign Off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>You sign off exactly the text as it is now. Any later change to what the exports show turns the status back and says so.</source>
        <translation>您签发的是此刻的确切文本。此后对导出内容的任何改动都会使状态退回，并给出说明。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message numerus="yes">
        <source>The readiness check lists %n error(s) in this text.</source>
        <translation>
            <numerusform>发布检查在此文本中列出 %n 个错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The office register finds %n error(s) in this text; correct them, or override with a note saying why:</source>
        <translation>
            <numerusform>机构名录在此文本中发现 %n 处错误；请改正，或附说明理由予以忽略：</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign off despite the register&apos;s errors</source>
        <translation>不顾名录错误，仍然签发</translation>
    </message>
    <message>
        <source>Why (kept with the sign-off)</source>
        <translation>理由（随签发记录保存）</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 处</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>New from &amp;Template…</source>
        <translation>从模板新建(&amp;T)…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>另存为模板(&amp;M)…</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>There is already a template called “{name}”. Replace it?</source>
        <translation>已有名为“{name}”的模板。要替换它吗？</translation>
    </message>
    <message>
        <source>Saved as the template “{name}”.</source>
        <translation>已另存为模板“{name}”。</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Start a release of this kind, in your house style:</source>
        <translation>按您的机构样式，新建以下类型的稿件：</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>{name} (your template: {kind})</source>
        <translation>{name}（您的模板：{kind}）</translation>
    </message>
</context>
<context>
    <name>TwinCommands</name>
    <message>
        <source>New Lan&amp;guage Version…</source>
        <translation>新建语言版本(&amp;G)…</translation>
    </message>
    <message>
        <source>Compare with &amp;Language Version</source>
        <translation>与其他语言版本对照(&amp;L)</translation>
    </message>
    <message>
        <source>This release has not been saved yet. Its language version is kept in the same folder, so the release is saved first: choose where in Save As…, which opens next; then you choose the language.</source>
        <translation>此新闻稿尚未保存。它的语言版本保存在同一文件夹中，所以要先保存此新闻稿：接下来会打开“另存为…”，请在其中选择保存位置；然后再选择语言。</translation>
    </message>
    <message>
        <source>Marked as aligned; the mark is kept when this release is saved.</source>
        <translation>已标记为已对齐；保存本新闻稿时会保存此标记。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
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
        <source>&amp;Import Draft…</source>
        <translation>导入草稿(&amp;I)…</translation>
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
        <source>&amp;All formats above…</source>
        <translation>以上全部格式(&amp;A)…</translation>
    </message>
    <message>
        <source>Each format above as a file of its own, in one folder. The package for the web team holds them all: export it on its own.</source>
        <translation>把以上每种格式各存为一个文件，放在同一文件夹中。交给网站团队的资料包已含全部格式，请单独导出。</translation>
    </message>
    <message>
        <source>Sen&amp;d for Review…</source>
        <translation>发送审阅(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML fragment</source>
        <translation>复制为 HTML 片段(&amp;H)</translation>
    </message>
    <message>
        <source>Import Revie&amp;w…</source>
        <translation>导入审阅稿(&amp;W)…</translation>
    </message>
    <message>
        <source>Open Newsroom &amp;Folder…</source>
        <translation>打开新闻中心文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Cop&amp;y for E-mail</source>
        <translation>复制用于电子邮件(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy as plain te&amp;xt</source>
        <translation>复制为纯文本(&amp;X)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
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
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>首选项(&amp;N)…</translation>
    </message>
    <message>
        <source>Set &amp;Up Your Organisation…</source>
        <translation>设置您的机构(&amp;U)…</translation>
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
        <source>&amp;Apply House Style…</source>
        <translation>应用机构样式(&amp;A)…</translation>
    </message>
    <message>
        <source>Names and Titles &amp;Register…</source>
        <translation>机构名录（人名与职务）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Formatting Guide</source>
        <translation>格式指南(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>关于 ReleaseDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>副标题</translation>
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
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>媒体联系人</translation>
    </message>
    <message>
        <source>About (boilerplate)</source>
        <translation>关于（机构简介）</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>更改稿件类型</translation>
    </message>
</context>
</TS>
