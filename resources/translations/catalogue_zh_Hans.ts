<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activity</name>
    <message>
        <source>, </source>
        <comment>between the names of the fields an edit changed</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>整个目录</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}：{text}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>工作人员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>记录类别(&amp;R)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>已更改的字段</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>Write the changes this filter keeps as a CSV file (Ctrl+E)</source>
        <translation>将此筛选保留的更改写成 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>The To date is before the From date.</source>
        <translation>“至”的日期早于“从”的日期。</translation>
    </message>
    <message>
        <source>No changes match this filter.</source>
        <translation>没有更改符合此筛选。</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>尚未有更改。</translation>
    </message>
    <message>
        <source>Showing the newest {shown} changes: narrow the filter to see older ones (Export CSV writes them all)</source>
        <translation>显示最新的 {shown} 项更改：缩小筛选范围以查看较早的更改（导出 CSV 会写入全部更改）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>That record no longer exists: Edit &gt; Recently Deleted can bring it back</source>
        <translation>该记录已不存在：可在“编辑 &gt; 最近删除”找回</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>导出活动记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing {file}...</source>
        <translation>正在写入 {file}...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>已取消，没有写入任何文件</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) to {file}</source>
        <translation>
            <numerusform>已将 %n 行写入 {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Catalogue</source>
        <translation>会议目录</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可以是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式给出的参数值 %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供以下其中一个参数：%s</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>{area} ({shown} of {measures})</source>
        <translation>{area}（{measures}中的 {shown} 项）</translation>
    </message>
    <message>
        <source>{area} ({measures})</source>
        <translation>{area}（{measures}）</translation>
    </message>
    <message>
        <source>{areas} with {measures}</source>
        <translation>{areas}，共{measures}</translation>
    </message>
    <message>
        <source>{counted} in the {plenary}.</source>
        <translation>{plenary} 共有{counted}。</translation>
    </message>
    <message>
        <source>Only what the filter found is counted; Esc shows everything.</source>
        <translation>只计算筛选找到的记录；按 Esc 显示全部。</translation>
    </message>
    <message>
        <source>Select one in the tree to see and edit it.</source>
        <translation>在树形列表中选择一项以查看及编辑。</translation>
    </message>
    <message>
        <source>{title}

Text at Annex {number}</source>
        <translation>{title}

文本载于附件 {number}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message}（见“{prog} --help”）</translation>
    </message>
    <message>
        <source>--date {text} is not a day of the calendar</source>
        <translation>--date {text} 不是日历上的日期</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD, not {text!r}</source>
        <translation>--date 必须是 YYYY-MM-DD 格式，而非 {text!r}</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1, not {text!r}</source>
        <translation>必须是至少 1 的整数，而非 {text!r}</translation>
    </message>
    <message>
        <source>Catalogue of the Hong Kong/Shanghai Co-operation Conference. Without a command, opens the main window.</source>
        <translation>沪港合作会议目录。不带命令时打开主窗口。</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>the catalogue: a file, or postgresql://USER@HOST/DBNAME on a server (default: $CATALOGUE_DB, else the per-user app-data folder); created from the bundled press release if it does not exist (or the database is empty)</source>
        <translation>目录：一个文件，或服务器上的 postgresql://USER@HOST/DBNAME（默认：$CATALOGUE_DB，否则为用户的应用程序数据文件夹）；如不存在（或数据库是空的），会以随附的新闻公报创建</translation>
    </message>
    <message>
        <source>open the main window, select the first measure, save a screenshot (with --screenshot) and exit</source>
        <translation>打开主窗口，选择第一项措施，保存屏幕截图（配合 --screenshot）后退出</translation>
    </message>
    <message>
        <source>where --self-test saves the window picture</source>
        <translation>--self-test 保存窗口图像的位置</translation>
    </message>
    <message>
        <source>write the catalogue as CSV (for scripts) or .xlsx (for spreadsheets)</source>
        <translation>将目录写成 CSV（供程序使用）或 .xlsx（供电子表格使用）</translation>
    </message>
    <message>
        <source>the file to write: OUT.xlsx a spreadsheet workbook, OUT.csv (or a name without extension) the CSV, - the CSV on stdout</source>
        <translation>要写入的文件：OUT.xlsx 为电子表格工作簿，OUT.csv（或不带扩展名的名称）为 CSV，- 表示将 CSV 输出至标准输出</translation>
    </message>
    <message>
        <source>add a plenary from its press release</source>
        <translation>从新闻稿添加一次全体会议</translation>
    </message>
    <message>
        <source>replace the plenary if it is already catalogued</source>
        <translation>如该全体会议已编入目录，则予以替换</translation>
    </message>
    <message>
        <source>the plenary&apos;s date (releases omit the year)</source>
        <translation>全体会议的日期（新闻稿不写年份）</translation>
    </message>
    <message>
        <source>print what the import would add (counts, the tree, the paragraphs not placed) and write nothing</source>
        <translation>列出导入会添加的内容（数目、树形结构、未能归入的段落），但不写入任何内容</translation>
    </message>
    <message>
        <source>import even when some paragraphs of the release could not be placed in any record (they are listed)</source>
        <translation>即使新闻稿中有段落未能归入任何记录（会列出这些段落），仍然导入</translation>
    </message>
    <message>
        <source>the press release text</source>
        <translation>新闻稿文本</translation>
    </message>
    <message>
        <source>print the records that contain every word</source>
        <translation>列出包含每个字词的记录</translation>
    </message>
    <message>
        <source>print at most N matches (default 200)</source>
        <translation>最多列出 N 项符合结果（默认 200）</translation>
    </message>
    <message>
        <source>print every match</source>
        <translation>列出所有符合结果</translation>
    </message>
    <message>
        <source>start an empty plenary, to fill in in the window</source>
        <translation>创建一次空白的全体会议，以便在窗口中填写</translation>
    </message>
    <message>
        <source>the conference&apos;s full name, e.g. &quot;Hong Kong/Shanghai Co-operation Conference&quot;; a new one is added</source>
        <translation>会议的全名，例如 &quot;Hong Kong/Shanghai Co-operation Conference&quot;；如为新会议则会添加</translation>
    </message>
    <message>
        <source>which plenary of the conference it is</source>
        <translation>属该会议的第几次全体会议</translation>
    </message>
    <message>
        <source>the day it was held</source>
        <translation>举行日期</translation>
    </message>
    <message>
        <source>where it was held</source>
        <translation>举行地点</translation>
    </message>
    <message>
        <source>its title (default: &quot;Seventh Plenary Session of the CONFERENCE&quot;)</source>
        <translation>其标题（默认：&quot;Seventh Plenary Session of the CONFERENCE&quot;）</translation>
    </message>
    <message>
        <source>the two governments of a new conference (default: read from its name, e.g. &quot;Hong Kong SAR Government&quot; &quot;Beijing Municipal Government&quot;)</source>
        <translation>新会议的两地政府（默认：从其名称读取，例如 &quot;Hong Kong SAR Government&quot; &quot;Beijing Municipal Government&quot;）</translation>
    </message>
    <message>
        <source>write a synthetic catalogue of N records into a new file, to try Catalogue at scale</source>
        <translation>将 N 项合成记录写入新文件，以试用大规模的目录</translation>
    </message>
    <message>
        <source>the new file to write (default: $CATALOGUE_DB, else the per-user app-data folder); it must not exist yet</source>
        <translation>要写入的新文件（默认：$CATALOGUE_DB，否则为用户的应用程序数据文件夹）；该文件必须尚未存在</translation>
    </message>
    <message>
        <source>how many records (default 100000, at most 1000000)</source>
        <translation>记录数目（默认 100000，最多 1000000）</translation>
    </message>
    <message>
        <source>back up the catalogue into backups/ beside it</source>
        <translation>将目录备份至其旁边的 backups/ 文件夹</translation>
    </message>
    <message>
        <source>list the catalogue&apos;s backups, newest first: file name, time, reason and record counts, tab-separated</source>
        <translation>列出目录的备份，最新的在前：文件名、时间、原因及记录数目，以制表符分隔</translation>
    </message>
    <message>
        <source>the catalogue whose backups to list (default: $CATALOGUE_DB, else the per-user app-data folder); it need not exist any more</source>
        <translation>要列出其备份的目录（默认：$CATALOGUE_DB，否则为用户的应用程序数据文件夹）；该目录可以已不存在</translation>
    </message>
    <message>
        <source>put a backup in the catalogue&apos;s place (the current file is backed up first)</source>
        <translation>以备份替换目录（会先备份现有文件）</translation>
    </message>
    <message>
        <source>change one field of one record (checked as the window checks it; remembered in the history)</source>
        <translation>更改一项记录的一个字段（按窗口的规则检查，并记录在历史中）</translation>
    </message>
    <message>
        <source>session, area, measure, official, agreement or annex</source>
        <translation>session、area、measure、official、agreement 或 annex</translation>
    </message>
    <message>
        <source>the record&apos;s ref as the CSV prints it: 3.2 (a measure), xi (an agreement), 4 (an area, official or annex), the ordinal (the plenary)</source>
        <translation>记录在 CSV 中的编号：3.2（措施）、xi（协议）、4（领域、官员或附件）、届次（全体会议）</translation>
    </message>
    <message>
        <source>the field to change (e.g. text, name, post, title, notes; an agreement&apos;s annex takes an annex number, its areas area numbers separated by commas)</source>
        <translation>要更改的字段（例如 text、name、post、title、notes；协议的 annex 填附件号码，其 areas 填以逗号分隔的领域号码）</translation>
    </message>
    <message>
        <source>the new value</source>
        <translation>新的值</translation>
    </message>
    <message>
        <source>print the changes, newest first: time, officer, what was done and each field as old -&gt; new</source>
        <translation>列出更改，最新的在前：时间、工作人员、所作操作，以及每个字段的 旧值 -&gt; 新值</translation>
    </message>
    <message>
        <source>only changes on or after this day (UTC)</source>
        <translation>只列出在此日（UTC）或之后的更改</translation>
    </message>
    <message>
        <source>only the changes to this record</source>
        <translation>只列出此记录的更改</translation>
    </message>
    <message>
        <source>write every annex document kept in the catalogue into FOLDER, with an index (documents.csv) that also lists the web addresses</source>
        <translation>将目录中保存的每份附件文档写入 FOLDER，并附上索引（documents.csv），索引也列出网址</translation>
    </message>
    <message>
        <source>the folder to write into (made if missing); a file already there is never written over: the new one gets a number</source>
        <translation>要写入的文件夹（如不存在会创建）；绝不会覆盖文件夹中已有的文件：新文件会加上编号</translation>
    </message>
    <message>
        <source>copy a whole catalogue between a file and a PostgreSQL server (either way) into an empty destination, and prove the copy</source>
        <translation>在文件与 PostgreSQL 服务器之间（任一方向）将整个目录复制到空白的目的地，并验证副本</translation>
    </message>
    <message>
        <source>the catalogue to copy: a file, or postgresql://USER@HOST/DBNAME (default: $CATALOGUE_DB, else the per-user app-data folder)</source>
        <translation>要复制的目录：一个文件，或 postgresql://USER@HOST/DBNAME（默认：$CATALOGUE_DB，否则为用户的应用程序数据文件夹）</translation>
    </message>
    <message>
        <source>where to copy it: a new file, or an empty database postgresql://USER@HOST/DBNAME</source>
        <translation>复制到哪里：一个新文件，或一个空白数据库 postgresql://USER@HOST/DBNAME</translation>
    </message>
    <message>
        <source>the conference the plenary belongs to (part of its name will do)</source>
        <translation>该全体会议所属的会议（提供部分名称也可以）</translation>
    </message>
    <message>
        <source>the plenary, by its ordinal (may be left out while the catalogue holds one plenary)</source>
        <translation>全体会议的届次（目录只有一次全体会议时可省略）</translation>
    </message>
    <message>
        <source>--since must be a day as YYYY-MM-DD, not {text!r}</source>
        <translation>--since 必须是 YYYY-MM-DD 格式的日期，而不是 {text!r}</translation>
    </message>
    <message>
        <source>only the plenaries of this conference (its full name, or a part of it that names one)</source>
        <translation>只列出此会议的全体会议（其全名，或足以识别该会议的部分名称）</translation>
    </message>
    <message>
        <source>only plenary N (of --conference, when several conferences have one)</source>
        <translation>只列出第 N 次全体会议（如多于一个会议有此届次，则为 --conference 所指的会议）</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>已中断；没有任何更改</translation>
    </message>
    <message>
        <source>standard output is closed: give a file name</source>
        <translation>标准输出已关闭：请提供文件名</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 项记录写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Not placed in any record (add what they say by hand):</source>
        <translation>未能归入任何记录（请手动添加其内容）：</translation>
    </message>
    <message>
        <source>interrupted after the import was saved</source>
        <translation>导入已保存后中断</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何内容。</translation>
    </message>
    <message>
        <source>standard output is closed: nowhere to print matches</source>
        <translation>标准输出已关闭：无处列出符合结果</translation>
    </message>
    <message>
        <source>give at least one word to search for</source>
        <translation>请提供至少一个要搜索的字词</translation>
    </message>
    <message>
        <source>the words to search for are not valid UTF-8 text</source>
        <translation>要搜索的字词不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>catalogue: no records match {query!r}</source>
        <translation>catalogue：没有记录符合 {query!r}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown; more match (add words to narrow it, or give --limit N or --all)</source>
        <translation>
            <numerusform>已显示 %n 项记录；尚有更多符合结果（添加字词以缩小范围，或使用 --limit N 或 --all）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match</source>
        <translation>
            <numerusform>找到 %n 项符合的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the {title}</source>
        <translation>已添加 {title}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: {done:,} / %Ln record(s) ({percent}%)</source>
        <translation>
            <numerusform>{label}：{done:,} / %Ln 项记录（{percent}%）</numerusform>
        </translation>
    </message>
    <message>
        <source>--records must be at least 1</source>
        <translation>--records 必须至少为 1</translation>
    </message>
    <message>
        <source>--records can be at most {most:,}</source>
        <translation>--records 最多为 {most:,}</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>正在生成</translation>
    </message>
    <message>
        <source>Backed up {address} ({count} records) to {path}</source>
        <translation>已将 {address}（{count} 项记录）备份至 {path}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份至 {path}</translation>
    </message>
    <message>
        <source>standard output is closed: nowhere to list backups</source>
        <translation>标准输出已关闭：无处列出备份</translation>
    </message>
    <message>
        <source>catalogue: {path} has no backups yet (in {folder})</source>
        <translation>catalogue：{path} 尚未有备份（在 {folder}）</translation>
    </message>
    <message>
        <source>{name}: no such backup; {path} has no backups yet</source>
        <translation>{name}：没有此备份；{path} 尚未有备份</translation>
    </message>
    <message>
        <source>{name}: no such backup; the backups are: {names}</source>
        <translation>{name}：没有此备份；现有备份为：{names}</translation>
    </message>
    <message>
        <source>The replaced catalogue was saved as {path}</source>
        <translation>被替换的目录已保存为 {path}</translation>
    </message>
    <message>
        <source>Restored {address} ({count} records) from {backup}</source>
        <translation>已从 {backup} 还原 {address}（{count} 条记录）</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}</source>
        <translation>已从 {backup} 恢复 {path}</translation>
    </message>
    <message>
        <source>no plenary of a conference named {name!r}</source>
        <translation>没有名为 {name!r} 的会议的全体会议</translation>
    </message>
    <message>
        <source>there is no plenary {n} (there are: {known})</source>
        <translation>没有第 {n} 次全体会议（现有：{known}）</translation>
    </message>
    <message>
        <source>plenary {n} is in several conferences: give --conference</source>
        <translation>多个会议都有第 {n} 次全体会议：请使用 --conference</translation>
    </message>
    <message>
        <source>the catalogue holds no plenary</source>
        <translation>目录没有任何全体会议</translation>
    </message>
    <message>
        <source>the catalogue holds {count} plenaries: give --session (one of {known})</source>
        <translation>目录有 {count} 次全体会议：请使用 --session（{known} 之一）</translation>
    </message>
    <message>
        <source>no record type {kind!r} (one of: {kinds})</source>
        <translation>没有记录类别 {kind!r}（可用：{kinds}）</translation>
    </message>
    <message>
        <source>{plenary} has no {kind} {ref}</source>
        <translation>{plenary} 没有{kind} {ref}</translation>
    </message>
    <message>
        <source>there is no annex {ref}</source>
        <translation>没有附件 {ref}</translation>
    </message>
    <message>
        <source>there is no co-operation area {ref}</source>
        <translation>没有合作领域 {ref}</translation>
    </message>
    <message>
        <source>a {kind} has no field {field!r} (its fields: {fields})</source>
        <translation>{kind}没有字段 {field!r}（其字段：{fields}）</translation>
    </message>
    <message>
        <source>words to look for; a measure&apos;s number, such as 12.1, finds the measures so numbered (the first of area 12, in every plenary)</source>
        <translation>要搜索的字词；措施的编号（例如 12.1）会找到该编号的措施（每次全体会议中领域 12 的第一项措施）</translation>
    </message>
    <message>
        <source>a file from the backups folder (on a server: its owner only)</source>
        <translation>备份文件夹中的文件（服务器上：仅限其所有者）</translation>
    </message>
    <message>
        <source>{what}: {field} is already that; nothing changed</source>
        <translation>{what}：{field} 已是该值；没有更改</translation>
    </message>
    <message>
        <source>{what}: {field}: {old} -&gt; {new}</source>
        <translation>{what}：{field}：{old} -&gt; {new}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>standard output is closed: nowhere to print</source>
        <translation>标准输出已关闭：无处列出</translation>
    </message>
    <message>
        <source>give a record as RECORD_TYPE REF (e.g. measure 3.2)</source>
        <translation>请以 记录类别 编号 指明记录（例如 measure 3.2）</translation>
    </message>
    <message>
        <source>catalogue: no changes</source>
        <translation>catalogue：没有更改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Exporting documents</source>
        <translation>正在导出文档</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to {folder}</source>
        <translation>
            <numerusform>已将 %n 份文档写入 {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, listed with %n web address(es) in {index}</source>
        <translation>
            <numerusform>，并在 {index} 列出 %n 个网址</numerusform>
        </translation>
    </message>
    <message>
        <source>--db and --to name the same catalogue</source>
        <translation>--db 与 --to 指向同一个目录</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s) from {source} to {destination}</source>
        <translation>
            <numerusform>已将 %n 项记录由 {source} 复制至 {destination}</numerusform>
        </translation>
    </message>
    <message>
        <source>Proved: the same rows in all {tables} tables and an identical CSV export (SHA-256 {digest})</source>
        <translation>已验证：全部 {tables} 个数据表的数据行相同，CSV 导出完全一致（SHA-256 {digest}）</translation>
    </message>
    <message>
        <source>--screenshot goes with --self-test</source>
        <translation>--screenshot 须与 --self-test 一并使用</translation>
    </message>
    <message>
        <source>the main window cannot start: {error}</source>
        <translation>主窗口无法启动：{error}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已由他人更改</translation>
    </message>
    <message>
        <source>After the undo</source>
        <translation>撤销后</translation>
    </message>
    <message>
        <source>After the redo</source>
        <translation>重做后</translation>
    </message>
    <message>
        <source>{officer} changed {what} on {when} ({label}) after you opened it.</source>
        <translation>{officer} 在你打开{what}后，于 {when} 作出更改（{label}）。</translation>
    </message>
    <message>
        <source>Someone else changed {what} after you opened it.</source>
        <translation>在你打开{what}后，有其他人作出了更改。</translation>
    </message>
    <message>
        <source>Nothing was undone yet. For each field, choose “Undo it” or “Keep as now”.</source>
        <translation>尚未撤销任何内容。请为每个字段选择“撤销”或“保留当前内容”。</translation>
    </message>
    <message>
        <source>Nothing was redone yet. For each field, choose “Redo it” or “Keep as now”.</source>
        <translation>尚未重做任何内容。请为每个字段选择“重做”或“保留当前内容”。</translation>
    </message>
    <message>
        <source>Nothing was undone yet. Choose which version to keep.</source>
        <translation>尚未撤销任何内容。请选择保留哪个版本。</translation>
    </message>
    <message>
        <source>Nothing was saved yet. Choose which version to keep.</source>
        <translation>尚未保存任何内容。请选择保留哪个版本。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Changed since by others: {fields}.</source>
        <translation>其他人之后更改了：{fields}。</translation>
    </message>
    <message>
        <source>{field} ({whom})</source>
        <translation>{field}（{whom}）</translation>
    </message>
    <message>
        <source>Yours (undo)</source>
        <translation>你的（撤销）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前内容</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Theirs: {officer}, {when}</source>
        <translation>对方的：{officer}，{when}</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Undo it</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Keep as now</source>
        <translation>保留当前内容</translation>
    </message>
    <message>
        <source>{field}: {choice}</source>
        <translation>{field}：{choice}</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}：你的</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}：对方的</translation>
    </message>
    <message>
        <source>The undo leaves it as it is.</source>
        <translation>撤销不会更改此字段。</translation>
    </message>
    <message>
        <source>The redo leaves it as it is.</source>
        <translation>重做不会更改此字段。</translation>
    </message>
    <message>
        <source>Merge keeps the version chosen in each row.</source>
        <translation>合并会保留每一行所选的版本。</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Merge undoes the fields set to “Undo it” and keeps the others as now.</source>
        <translation>“合并”会撤销选择了“撤销”的字段，其他字段保留当前内容。</translation>
    </message>
    <message>
        <source>Keep as &amp;now</source>
        <translation>保留当前内容(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Undo it</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Merge redoes the fields set to “Redo it” and keeps the others as now.</source>
        <translation>“合并”会重做选择了“重做”的字段，其他字段保留当前内容。</translation>
    </message>
    <message>
        <source>&amp;Redo it</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>合并(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>{officer} changed {what} on {when} ({label}) after your change.</source>
        <translation>{officer} 在你更改{what}后，于 {when} 作出更改（{label}）。</translation>
    </message>
    <message>
        <source>Someone else changed {what} after your change.</source>
        <translation>在你更改{what}后，有其他人作出了更改。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>{officer}, {when}</source>
        <translation>{officer}，{when}</translation>
    </message>
    <message>
        <source>As your change left it</source>
        <translation>你更改后的内容</translation>
    </message>
    <message>
        <source>Changed by {whom}</source>
        <translation>由{whom}更改</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <source>Undone where chosen: {what}; the rest kept as now</source>
        <translation>已撤销所选的字段：{what}；其他字段保留当前内容</translation>
    </message>
    <message>
        <source>Redone where chosen: {what}; the rest kept as now</source>
        <translation>已重做所选的字段：{what}；其他字段保留当前内容</translation>
    </message>
    <message>
        <source>Kept as now</source>
        <translation>已保留当前内容</translation>
    </message>
    <message>
        <source>Kept your version</source>
        <translation>已保留你的版本</translation>
    </message>
    <message>
        <source>Merged the two versions</source>
        <translation>已合并两个版本</translation>
    </message>
    <message>
        <source>Kept their version</source>
        <translation>已保留对方的版本</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>没有任何更改</translation>
    </message>
    <message>
        <source>{officer} changed {what} on {when} ({label}) after you last saw it.</source>
        <translation>{officer} 在你上次查看{what}后，于 {when} 作出更改（{label}）。</translation>
    </message>
    <message>
        <source>Someone else changed {what} after you last saw it.</source>
        <translation>在你上次查看{what}后，有其他人作出了更改。</translation>
    </message>
    <message>
        <source>Nothing was deleted yet. Delete it all the same? Recently Deleted keeps it.</source>
        <translation>尚未删除任何内容。仍要删除吗？“最近删除”会保留它。</translation>
    </message>
    <message>
        <source>&amp;Delete all the same</source>
        <translation>仍要删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>records.office.gov.hk</source>
        <translation>records.office.gov.hk</translation>
    </message>
    <message>
        <source>only if the server asks (else ~/.pgpass or PGPASSWORD)</source>
        <translation>仅在服务器要求时填写（否则使用 ~/.pgpass 或 PGPASSWORD）</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>端口(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The office&apos;s catalogue on its PostgreSQL server (README: Team catalogue). The password is not kept.</source>
        <translation>办公室在 PostgreSQL 服务器上的目录（README：团队目录）。密码不会被保存。</translation>
    </message>
    <message>
        <source>The server refused the password typed for {user}: type it again ({detail})</source>
        <translation>服务器不接受为 {user} 输入的密码：请重新输入（{detail}）</translation>
    </message>
    <message>
        <source>The server wants {user}&apos;s password: type it and connect again ({detail})</source>
        <translation>服务器需要 {user} 的密码：请输入后再连接（{detail}）</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未连接：{reason}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>发生错误</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
        <source>Nothing that was saved is lost.</source>
        <translation>已保存的数据不会丢失。</translation>
    </message>
    <message>
        <source>This is a fault in Catalogue; what was saved is not lost. Please send the details to whoever looks after Catalogue.</source>
        <translation>这是会议目录的故障；已保存的数据不会丢失。请将详细信息交给负责维护会议目录的同事。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Deleted</name>
    <message>
        <source>{what} with {children}</source>
        <translation>{what}连同{children}</translation>
    </message>
    <message numerus="yes">
        <source>{what} (listed by %n agreement(s))</source>
        <translation>
            <numerusform>{what}（由 %n 项协议列出）</numerusform>
        </translation>
    </message>
    <message>
        <source>(its area is deleted too)</source>
        <translation>（其领域也已删除）</translation>
    </message>
    <message>
        <source>(a plenary no longer here)</source>
        <translation>（已不在此处的全体会议）</translation>
    </message>
    <message>
        <source>Recently Deleted</source>
        <translation>最近删除</translation>
    </message>
    <message>
        <source>Records deleted from this catalogue, newest first. Restore puts one back with what went with it, as a new change you can undo.</source>
        <translation>从此目录删除的记录，最新的在前。“恢复”会连同一并删除的内容放回记录，作为一项可以撤销的新更改。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>全体会议</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>删除者</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>没有已删除的记录。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>This catalogue is open read-only</source>
        <translation>此目录以只读方式打开</translation>
    </message>
    <message>
        <source>Not restored: {why}</source>
        <translation>未恢复：{why}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already exists: demo data goes into a new file</source>
        <translation>{path} 已存在：演示数据须写入新文件</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>要保存对{what}的更改吗？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>要删除{what}吗？</translation>
    </message>
    <message>
        <source> You can undo this with Ctrl+Z.</source>
        <translation>您可以按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>{what} is no longer in the catalogue: it was deleted elsewhere.</source>
        <translation>{what}已不在目录中：已在其他地方被删除。</translation>
    </message>
    <message>
        <source>What you typed is still in the editor. Add it as a new {kind}?</source>
        <translation>您输入的内容仍在编辑器中。要将其添加为新的{kind}吗？</translation>
    </message>
    <message>
        <source>Add as new {kind}</source>
        <translation>添加为新的{kind}</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Record t&amp;ype</source>
        <translation>记录类别(&amp;Y)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>The measure is added at the end of “{area}”.</source>
        <translation>措施会加到“{area}”的末尾。</translation>
    </message>
    <message>
        <source>It is added to the plenary, at the end of its list.</source>
        <translation>会加到全体会议列表的末尾。</translation>
    </message>
    <message>
        <source>Cannot add: {errors}</source>
        <translation>无法添加：{errors}</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>会议目录 {version}</translation>
    </message>
    <message>
        <source>The record of the Hong Kong/Shanghai Co-operation Conference.</source>
        <translation>沪港合作会议的记录。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{name} is {size}; a document can be at most {most} MB (attach a web address to it instead)</source>
        <translation>{name} 的大小为 {size}；文档最大只能为 {most} MB（请改为附加其网址）</translation>
    </message>
    <message>
        <source>a document needs a file name</source>
        <translation>文档需要文件名</translation>
    </message>
    <message>
        <source>the file name is too long ({length} characters; at most {most})</source>
        <translation>文件名太长（{length} 个字符；最多 {most} 个）</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} 不是普通文件</translation>
    </message>
    <message>
        <source>cancelled; nothing was attached</source>
        <translation>已取消；没有附加任何内容</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>{url!r} is not a web address (it must start with https:// or http://)</source>
        <translation>{url!r} 不是网址（必须以 https:// 或 http:// 开头）</translation>
    </message>
    <message>
        <source>the web address is too long ({length} characters; at most {most})</source>
        <translation>网址太长（{length} 个字符；最多 {most} 个）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>The texts kept with this record. Drop files here to attach them (at most {most} MB each); Enter opens, Delete removes.</source>
        <translation>与此记录一并保存的文本。将文件拖放到此处即可附加（每个最多 {most} MB）；Enter 打开，Delete 移除。</translation>
    </message>
    <message>
        <source>Atta&amp;ch file...</source>
        <translation>附加文件(&amp;C)...</translation>
    </message>
    <message>
        <source>Keep a file (PDF, Word, any file up to {most} MB) inside the catalogue</source>
        <translation>将文件（PDF、Word 或任何不超过 {most} MB 的文件）保存在目录内</translation>
    </message>
    <message>
        <source>Add &amp;web address...</source>
        <translation>添加网址(&amp;W)...</translation>
    </message>
    <message>
        <source>Attach the address of a document on the web</source>
        <translation>附加网上文档的网址</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open with the system&apos;s viewer (a web address in the browser)</source>
        <translation>以系统的查看程序打开（网址则以浏览器打开）</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>另存为...</translation>
    </message>
    <message>
        <source>Save a copy of the document as a file</source>
        <translation>将文档的副本保存为文件</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the document from the catalogue (Undo brings it back)</source>
        <translation>从目录移除该文档（可按撤销找回）</translation>
    </message>
    <message>
        <source>Web address: {url}</source>
        <translation>网址：{url}</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
    <message>
        <source>{name}
{size}, {media_type}</source>
        <translation>{name}
{size}，{media_type}</translation>
    </message>
    <message>
        <source>The catalogue is read-only: documents cannot be changed</source>
        <translation>目录是只读的：不能更改文档</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attaching {name}...</source>
        <translation>正在附加 {name}...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was attached</source>
        <translation>已取消；没有附加任何内容</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) to {owner}</source>
        <translation>已将 {name}（{size}）附加到{owner}</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>添加网址</translation>
    </message>
    <message>
        <source>Web address of the document (https://...):</source>
        <translation>文档的网址（https://...）：</translation>
    </message>
    <message>
        <source>Attached {url} to {owner}</source>
        <translation>已将 {url} 附加到{owner}</translation>
    </message>
    <message>
        <source>Opened {what}</source>
        <translation>已打开{what}</translation>
    </message>
    <message>
        <source>No program is set up to open {what}</source>
        <translation>没有设置可打开{what}的程序</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>将文档另存为</translation>
    </message>
    <message>
        <source>{name} was not saved: {error}</source>
        <translation>{name} 未保存：{error}</translation>
    </message>
    <message>
        <source>Saved {name} as {path}</source>
        <translation>已将 {name} 保存为 {path}</translation>
    </message>
    <message>
        <source>Removed {name} (Undo brings it back)</source>
        <translation>已移除 {name}（可按撤销找回）</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>In co-operation area {area}</source>
        <translation>属合作领域 {area}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <source>Saved {what}</source>
        <translation>已保存{what}</translation>
    </message>
    <message>
        <source>Added {what}</source>
        <translation>已添加{what}</translation>
    </message>
    <message>
        <source>Nothing to add to</source>
        <translation>没有可添加的位置</translation>
    </message>
    <message>
        <source>The catalogue has no plenary session yet: import one first.</source>
        <translation>目录尚未有全体会议：请先导入一次。</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>已删除{what}</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>{officer} changed {record} again while you were choosing; nothing was undone. Undo again to choose with the newest.</source>
        <translation>{officer}在你选择期间再次更改了{record}；未撤销任何内容。再按“撤销”即可按最新内容选择。</translation>
    </message>
    <message>
        <source>{officer} changed {record} again while you were choosing; nothing was redone. Redo again to choose with the newest.</source>
        <translation>{officer}在你选择期间再次更改了{record}；未重做任何内容。再按“重做”即可按最新内容选择。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>The catalogue could not be backed up first, so nothing was deleted: {error}</source>
        <translation>无法先备份目录，因此没有删除任何内容：{error}</translation>
    </message>
    <message>
        <source>Backed up to {name}</source>
        <translation>已备份至 {name}</translation>
    </message>
    <message>
        <source>It holds no records yet. The catalogue is backed up first.</source>
        <translation>其中尚未有记录。会先备份目录。</translation>
    </message>
    <message>
        <source>With it go its {records}. The catalogue is backed up first.</source>
        <translation>其{records}会一并删除。会先备份目录。</translation>
    </message>
    <message numerus="yes">
        <source>Its %n measure(s) will be deleted with it.</source>
        <translation>
            <numerusform>其 %n 项措施会一并删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) will no longer list it.</source>
        <translation>
            <numerusform>%n 项协议将不再列出此项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement ({numeral}) will no longer point to it.</source>
        <translation>协议（{numeral}）将不再指向此项。</translation>
    </message>
    <message>
        <source>Its links to co-operation areas go with it.</source>
        <translation>其与合作领域的链接会一并删除。</translation>
    </message>
    <message>
        <source>Nothing else goes with it.</source>
        <translation>不会一并删除其他记录。</translation>
    </message>
    <message numerus="yes">
        <source>The %n document(s) attached to its annexes and agreements go with it.</source>
        <translation>
            <numerusform>附加于其附件及协议的 %n 份文件会一并删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n attached document(s) go with it.</source>
        <translation>
            <numerusform>其 %n 份附加文档会一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved first: {what}. Undo again takes that save back.</source>
        <translation>已先保存：{what}。再按撤销会撤回这次保存。</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Annex {number}: {title}</source>
        <translation>附件 {number}：{title}</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;rdinal</source>
        <translation>届次(&amp;R)</translation>
    </message>
    <message>
        <source>Honor&amp;ific</source>
        <translation>称谓(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>职位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>所属方(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Numeral</source>
        <translation>编号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>签署方(&amp;P)</translation>
    </message>
    <message>
        <source>Anne&amp;x</source>
        <translation>附件(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Areas served</source>
        <translation>涉及领域(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;irst side</source>
        <translation>第一方(&amp;I)</translation>
    </message>
    <message>
        <source>Secon&amp;d side</source>
        <translation>第二方(&amp;D)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>&amp;Chinese name</source>
        <translation>中文名称(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>号码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language note</source>
        <translation>语言备注(&amp;L)</translation>
    </message>
    <message>
        <source>before notes were kept</source>
        <translation>开始记录备注之前</translation>
    </message>
    <message>
        <source>Select a record in the tree to see and edit it.</source>
        <translation>在树形列表中选择一项记录以查看及编辑。</translation>
    </message>
    <message>
        <source>Save the changes to this record (Ctrl+S)</source>
        <translation>保存对此记录的更改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>恢复已保存的内容</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>未选择记录</translation>
    </message>
    <message>
        <source>Not saved: {errors}</source>
        <translation>未保存：{errors}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the database could not be used: {detail}</source>
        <translation>无法使用数据库：{detail}</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8 was given</source>
        <translation>提供的文字不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>unexpected {name}: {detail}</source>
        <translation>意外的 {name}：{detail}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Catalogue</source>
        <translation>会议目录</translation>
    </message>
    <message>
        <source>a spreadsheet holds at most {rows:,} records: export a CSV instead</source>
        <translation>电子表格最多只能容纳 {rows:,} 项记录：请改为导出 CSV</translation>
    </message>
    <message>
        <source>{path}: cannot write a {suffix} file; give a name ending in .xlsx (for spreadsheets) or .csv (for scripts)</source>
        <translation>{path}：无法写入 {suffix} 文件；请提供以 .xlsx（电子表格）或 .csv（供程序使用）结尾的名称</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name for the spreadsheet</source>
        <translation>{path} 是文件夹：请为电子表格提供文件名</translation>
    </message>
    <message>
        <source>{path} is not a regular file, a device or a pipe: give a file name for the spreadsheet</source>
        <translation>{path} 不是普通文件、设备或管道：请为电子表格提供文件名</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name for the CSV</source>
        <translation>{path} 是文件夹：请为 CSV 提供文件名</translation>
    </message>
    <message>
        <source>{path} is not a regular file, a device or a pipe: give a file name for the CSV</source>
        <translation>{path} 不是普通文件、设备或管道：请为 CSV 提供文件名</translation>
    </message>
    <message>
        <source>cannot write {path}: it is read-only (its protection is kept; choose another name)</source>
        <translation>无法写入 {path}：该文件是只读的（保留其保护设置；请选择另一个名称）</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>已取消；没有任何更改</translation>
    </message>
    <message>
        <source>Numeral must be a roman numeral such as xiv</source>
        <translation>编号必须是罗马数字，例如 xiv</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Numeral</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>签署方</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>第一方</translation>
    </message>
    <message>
        <source>Second side</source>
        <translation>第二方</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>语言备注</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>内容（中文）</translation>
    </message>
    <message>
        <source>Post (Chinese)</source>
        <translation>职位（中文）</translation>
    </message>
    <message>
        <source>Parties (Chinese)</source>
        <translation>签署方（中文）</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>Catalogue (*.db)</source>
        <translation>会议目录 (*.db)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name: Catalogue never writes over an existing file.</source>
        <translation>{path} 已存在。请选择新的文件名：会议目录绝不会覆写现有文件。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>New demo catalogue</source>
        <translation>新建演示目录</translation>
    </message>
    <message>
        <source>How many records (plenaries, areas, measures, officials, agreements and annexes in all)?</source>
        <translation>要多少项记录（全体会议、领域、措施、官员、协议及附件合计）？</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln demo record(s)...</source>
        <translation>
            <numerusform>正在写入 %Ln 项演示记录...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was created</source>
        <translation>已取消；没有创建任何文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln demo record(s) to {path}</source>
        <translation>
            <numerusform>已将 %Ln 项演示记录写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue (*.db);;All files (*)</source>
        <translation>会议目录 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>Connecting to {address}...</source>
        <translation>正在连接 {address}...</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Connected to {address}</source>
        <translation>已连接 {address}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>导出电子表格</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting records...</source>
        <translation>正在导出记录...</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>已取消导出；没有写入任何内容</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 项记录导出至 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backing up the catalogue...</source>
        <translation>正在备份目录...</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup was made</source>
        <translation>已取消备份；没有创建任何备份</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份至 {path}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restored {backup}; the catalogue as it was is saved as {saved}</source>
        <translation>已恢复 {backup}；原来的目录已保存为 {saved}</translation>
    </message>
    <message>
        <source>Restoring {backup}...</source>
        <translation>正在恢复 {backup}...</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed</source>
        <translation>已取消恢复；没有任何更改</translation>
    </message>
    <message>
        <source>About Catalogue</source>
        <translation>关于会议目录</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <source>Filter records (Ctrl+F)</source>
        <translation>筛选记录（Ctrl+F）</translation>
    </message>
    <message>
        <source>No record contains “{text}”. Esc clears the filter.</source>
        <translation>没有记录包含“{text}”。按 Esc 清除筛选。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match.</source>
        <translation>
            <numerusform>找到 %n 项符合的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} matching records shown (counting the rest…): add words to narrow the search.</source>
        <translation>已显示前 {shown} 项符合的记录（正在统计其余记录…）：添加字词以缩小搜索范围。</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln matching record(s) shown: add words to narrow the search.</source>
        <translation>
            <numerusform>找到 %Ln 项符合的记录，已显示 {shown} 项：添加字词以缩小搜索范围。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Filter box: go to the first match</source>
        <translation>筛选框：前往第一项符合结果</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>下、Enter</translation>
    </message>
    <message>
        <source>Filter box or tree: clear the filter</source>
        <translation>筛选框或树形列表：清除筛选</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Editor: back to the tree</source>
        <translation>编辑区：返回树形列表</translation>
    </message>
    <message>
        <source>History tab: restore the selected version</source>
        <translation>历史标签页：恢复所选的版本</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Catalogue user guide</source>
        <translation>会议目录使用指南</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>its {parent} no longer exists: restore that first</source>
        <translation>其{parent}已不存在：请先恢复该项</translation>
    </message>
    <message>
        <source>no deleted record has that identity</source>
        <translation>没有已删除的记录符合此标识</translation>
    </message>
    <message>
        <source>that change did not delete a record</source>
        <translation>该次更改并未删除记录</translation>
    </message>
    <message>
        <source>that {kind} is already back</source>
        <translation>该{kind}已经找回</translation>
    </message>
    <message>
        <source>that conference has a plenary {ordinal} again: delete or renumber it first</source>
        <translation>该会议已另有第 {ordinal} 次全体会议：请先删除或重新编号</translation>
    </message>
    <message>
        <source>that version is not in this record&apos;s history</source>
        <translation>该版本不在此记录的历史中</translation>
    </message>
    <message>
        <source>the record already holds that version</source>
        <translation>记录已是该版本</translation>
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
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>已恢复备份</translation>
    </message>
    <message>
        <source>{what} by {who}, {when} ({source})</source>
        <translation>{what}：{who}，{when}（{source}）</translation>
    </message>
    <message>
        <source>No field of this record changed (its place in a list may have).</source>
        <translation>此记录没有字段更改（其在列表中的位置可能有变）。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value as added</source>
        <translation>添加时的值</translation>
    </message>
    <message>
        <source>Value as deleted</source>
        <translation>删除时的值</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Restore &amp;this version</source>
        <translation>恢复此版本(&amp;T)</translation>
    </message>
    <message>
        <source>Put the record&apos;s fields back as they were right after this change (a new change: Ctrl+Z undoes it)</source>
        <translation>将记录的字段恢复为此次更改后的状态（作为新更改：可按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>选择一项记录以查看其历史。</translation>
    </message>
    <message>
        <source>No changes yet.
Changes made from now on are listed here.</source>
        <translation>尚未有更改。
此后所作的更改会在此列出。</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>这是当前的版本。</translation>
    </message>
    <message>
        <source>This change is to the record&apos;s documents, which Restore does not put back: use Undo, or attach the file again.</source>
        <translation>这项更改涉及记录的文档，“恢复此版本”不会放回文档：请使用撤销，或再次附加文件。</translation>
    </message>
    <message>
        <source>Read-only: versions cannot be restored.</source>
        <translation>只读：不能恢复版本。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>The record&apos;s changes (Ctrl+H)</source>
        <translation>这项记录的修改（Ctrl+H）</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>{what}: Ctrl+Z undoes it</source>
        <translation>{what}：可按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Recently Deleted</source>
        <translation>最近删除</translation>
    </message>
    <message>
        <source>the record being edited has unsaved changes</source>
        <translation>正在编辑的记录有未保存的更改</translation>
    </message>
    <message>
        <source>Restored {what}</source>
        <translation>已恢复{what}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>工作人员姓名</translation>
    </message>
    <message>
        <source>The name recorded with every change you make.
Leave it empty to record your computer login ({user}).</source>
        <translation>与您每项更改一并记录的姓名。
留空则记录您的计算机登录名（{user}）。</translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {name}</source>
        <translation>更改现在会记录为由 {name} 作出</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Import the {title}?</source>
        <translation>要导入 {title} 吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the release could not be placed in any record. They are listed below with their position in the text; after the import you can add what they say by hand.</source>
        <translation>
            <numerusform>新闻稿中有 %n 个段落未能归入任何记录。这些段落连同其在文本中的位置列于下方；导入后您可以手动添加其内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraphs not placed</source>
        <translation>未能归入的段落</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>导入会添加的内容</translation>
    </message>
    <message>
        <source>&amp;Import anyway</source>
        <translation>仍然导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>复制摘要(&amp;C)</translation>
    </message>
    <message>
        <source>Copy this summary, to keep the paragraphs not placed at hand while you add what they say</source>
        <translation>复制此摘要，以便在添加未能归入段落的内容时随手参考</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Date of the plenary</source>
        <translation>全体会议日期</translation>
    </message>
    <message>
        <source>The press release for the {title} gives the day but not the year. When was the plenary held?</source>
        <translation>{title} 的新闻稿只写了日期，没有年份。全体会议在何时举行？</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Replace plenary</source>
        <translation>替换全体会议</translation>
    </message>
    <message>
        <source>The {title} is already catalogued.</source>
        <translation>{title} 已编入目录。</translation>
    </message>
    <message>
        <source>Replace all of its records with the ones in this press release? A backup is taken first; to go back, restore it (File &gt; Restore backup...). This cannot be undone with Ctrl+Z.</source>
        <translation>要以此新闻稿中的记录替换其所有记录吗？系统会先进行备份；如要撤销，请恢复该备份（文件 &gt; 恢复备份...）。此操作不能以 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Import press release</source>
        <translation>导入新闻稿</translation>
    </message>
    <message>
        <source>Press releases (*.txt);;All files (*)</source>
        <translation>新闻稿 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>正在读取 {name}...</translation>
    </message>
    <message>
        <source>Importing the {title}...</source>
        <translation>正在导入 {title}...</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>plenary session</source>
        <translation>全体会议</translation>
    </message>
    <message>
        <source>co-operation area</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官员</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Co-operation areas</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>官员</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>another officer</source>
        <translation>另一位工作人员</translation>
    </message>
    <message>
        <source>changes made while the connection was lost</source>
        <translation>连接中断期间所作的更改</translation>
    </message>
    <message>
        <source>a backup restored over the catalogue</source>
        <translation>以备份还原整个目录</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Show the record as it is saved now</source>
        <translation>显示此记录当前保存的内容</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Show this window&apos;s values beside the saved ones</source>
        <translation>把此窗口的内容与已保存的并排显示</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Deleted by {who} at {time}: {change}</source>
        <translation>{who} 于 {time} 删除：{change}</translation>
    </message>
    <message>
        <source>Changed by {who} at {time}: {change}</source>
        <translation>{who} 于 {time} 更改：{change}</translation>
    </message>
    <message>
        <source>Others&apos; changes could not be read: {error}</source>
        <translation>无法读取其他人员的更改：{error}</translation>
    </message>
    <message>
        <source>Drop your unsaved changes to this {kind} and show the version {who} saved?</source>
        <translation>舍弃你对此{kind}未保存的更改，并显示 {who} 保存的版本？</translation>
    </message>
    <message>
        <source>Compare shows both side by side, so you can copy what you typed first.</source>
        <translation>“比较”会并排显示两个版本，你可先复制自己输入的内容。</translation>
    </message>
    <message>
        <source>Drop and Reload</source>
        <translation>舍弃并重新加载</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>其他已连接者：{names}</translation>
    </message>
    <message>
        <source>{who} since {time}</source>
        <translation>{who}，自 {time} 起</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted.</source>
        <translation>此记录已不存在：已被删除。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <source>Create a new catalogue filled from the bundled press release</source>
        <translation>创建新目录，内容取自随附的新闻稿</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <source>Open another catalogue file</source>
        <translation>打开另一个目录文件</translation>
    </message>
    <message>
        <source>Connect to &amp;team server...</source>
        <translation>连接团队服务器(&amp;T)...</translation>
    </message>
    <message>
        <source>Open the office&apos;s catalogue on a PostgreSQL server</source>
        <translation>打开办公室在 PostgreSQL 服务器上的目录</translation>
    </message>
    <message>
        <source>New de&amp;mo catalogue...</source>
        <translation>新建演示目录(&amp;M)...</translation>
    </message>
    <message>
        <source>Create a new catalogue of synthetic records, to try Catalogue at scale</source>
        <translation>创建由合成记录组成的新目录，以试用大规模的目录</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>Write the whole catalogue as a CSV file for Excel</source>
        <translation>将整个目录写成可供 Excel 使用的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Import press release...</source>
        <translation>导入新闻稿(&amp;I)...</translation>
    </message>
    <message>
        <source>Add a plenary from its press release</source>
        <translation>从新闻稿添加一次全体会议</translation>
    </message>
    <message>
        <source>&amp;Restore backup...</source>
        <translation>恢复备份(&amp;R)...</translation>
    </message>
    <message>
        <source>Put one of the automatic backups in this catalogue&apos;s place</source>
        <translation>以其中一个自动备份替换此目录</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Save record</source>
        <translation>保存记录(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes to this record</source>
        <translation>保存对此记录的更改</translation>
    </message>
    <message>
        <source>Re&amp;vert record</source>
        <translation>放弃记录的修改(&amp;V)</translation>
    </message>
    <message>
        <source>Put back the saved values of this record</source>
        <translation>恢复此记录已保存的内容</translation>
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
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>Add an area, measure, official, agreement or annex</source>
        <translation>添加领域、措施、官员、协议或附件</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Export spreads&amp;heet...</source>
        <translation>导出电子表格(&amp;H)...</translation>
    </message>
    <message>
        <source>Move the selected record up its list</source>
        <translation>将所选记录在列表中上移</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected record down its list</source>
        <translation>将所选记录在列表中下移</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the tree to records containing words</source>
        <translation>筛选树形列表，只显示包含字词的记录</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Catalogue</source>
        <translation>关于会议目录(&amp;A)</translation>
    </message>
    <message>
        <source>Write the whole catalogue as an .xlsx workbook for Excel or LibreOffice, every cell kept as text</source>
        <translation>将整个目录写成可供 Excel 或 LibreOffice 使用的 .xlsx 工作簿，每个单元格均保留为文本</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Read the catalogue again from its file</source>
        <translation>从文件重新读取目录</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Record &amp;history</source>
        <translation>记录历史(&amp;H)</translation>
    </message>
    <message>
        <source>Show the selected record&apos;s changes, or its fields again</source>
        <translation>显示所选记录的更改，或再次显示其字段</translation>
    </message>
    <message>
        <source>Recentl&amp;y Deleted...</source>
        <translation>最近删除(&amp;Y)...</translation>
    </message>
    <message>
        <source>List deleted records and restore one with what went with it</source>
        <translation>列出已删除的记录，并连同一并删除的内容恢复其中一项</translation>
    </message>
    <message>
        <source>&amp;Activity...</source>
        <translation>活动记录(&amp;A)...</translation>
    </message>
    <message>
        <source>Every change to the catalogue, by officer, date and record type</source>
        <translation>按工作人员、日期及记录类别列出目录的每项更改</translation>
    </message>
    <message>
        <source>&amp;Officer name...</source>
        <translation>工作人员姓名(&amp;O)...</translation>
    </message>
    <message>
        <source>The name recorded with your changes</source>
        <translation>与您的更改一并记录的姓名</translation>
    </message>
    <message>
        <source>New &amp;plenary...</source>
        <translation>新建全体会议(&amp;P)...</translation>
    </message>
    <message>
        <source>Start an empty plenary session of a conference, to fill in by hand</source>
        <translation>为会议创建一次空白的全体会议，以便手动填写</translation>
    </message>
    <message>
        <source>&amp;Back up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back the catalogue up now, as it is saved (as catalogue backup does); Restore backup lists it</source>
        <translation>立即备份已保存的目录（与 catalogue backup 相同）；“恢复备份”会列出此备份</translation>
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
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n 个领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official(s)</source>
        <translation>
            <numerusform>%n 位官员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 项协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annex(es)</source>
        <translation>
            <numerusform>%n 份附件</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>{verb}: {areas}, {measures}, {officials}, {agreements}, {annexes}</source>
        <translation>{verb}：{areas}、{measures}、{officials}、{agreements}、{annexes}</translation>
    </message>
    <message>
        <source>{areas} · {measures} · {officials} · {agreements} · {annexes}</source>
        <translation>{areas} · {measures} · {officials} · {agreements} · {annexes}</translation>
    </message>
    <message>
        <source>Checking the catalogue; changes can be saved in a moment</source>
        <translation>正在检查目录；稍后便可保存更改</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse, filter and export, but changes are switched off.</source>
        <translation>只读：{reason}。您可以浏览、筛选及导出，但不能作出更改。</translation>
    </message>
    <message>
        <source>Checking the catalogue...</source>
        <translation>正在检查目录...</translation>
    </message>
    <message>
        <source>Catalogue - {name}</source>
        <translation>会议目录 - {name}</translation>
    </message>
    <message>
        <source>Catalogue - {name} (read-only)</source>
        <translation>会议目录 - {name}（只读）</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>已重新加载</translation>
    </message>
    <message>
        <source>The catalogue changed on disk: press F5 to reload</source>
        <translation>目录文件已在磁盘上更改：按 F5 重新加载</translation>
    </message>
</context>
<context>
    <name>Naming</name>
    <message>
        <source>{title} — {date}, {place}</source>
        <translation>{title} — {date}，{place}</translation>
    </message>
    <message>
        <source>Annex {number}: {title}</source>
        <translation>附件 {number}：{title}</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
    <message>
        <source>measure {ref}</source>
        <translation>措施 {ref}</translation>
    </message>
    <message>
        <source>co-operation area “{name}”</source>
        <translation>合作领域“{name}”</translation>
    </message>
    <message>
        <source>official {honorific} {name}</source>
        <translation>官员 {honorific} {name}</translation>
    </message>
    <message>
        <source>agreement ({numeral})</source>
        <translation>协议（{numeral}）</translation>
    </message>
    <message>
        <source>annex {number}</source>
        <translation>附件 {number}</translation>
    </message>
    <message>
        <source>{title}</source>
        <comment>a plenary named in a sentence</comment>
        <translation>全体会议“{title}”</translation>
    </message>
    <message>
        <source>the {name}</source>
        <translation>会议“{name}”</translation>
    </message>
    <message>
        <source>Official: {honorific} {name}</source>
        <translation>官员：{honorific} {name}</translation>
    </message>
    <message>
        <source>Co-operation area {position}: {name}</source>
        <translation>合作领域 {position}：{name}</translation>
    </message>
    <message>
        <source>Plenary session: {title}</source>
        <translation>全体会议：{title}</translation>
    </message>
    <message>
        <source>Conference: {name}</source>
        <translation>会议：{name}</translation>
    </message>
    <message numerus="yes">
        <source>%n plenary session(s)</source>
        <translation>
            <numerusform>%n 次全体会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-operation area(s)</source>
        <translation>
            <numerusform>%n 个合作领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official(s)</source>
        <translation>
            <numerusform>%n 位官员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 项协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annex(es)</source>
        <translation>
            <numerusform>%n 份附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n 个会议</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>编辑{what}</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>添加{what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>删除{what}</translation>
    </message>
    <message>
        <source>Move {what} up</source>
        <translation>上移{what}</translation>
    </message>
    <message>
        <source>Move {what} down</source>
        <translation>下移{what}</translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>恢复{what}</translation>
    </message>
    <message>
        <source>Restore {what} as of {when}</source>
        <translation>将{what}恢复至 {when} 的状态</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>撤销{what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>重做{what}</translation>
    </message>
    <message>
        <source>Replace {title}</source>
        <translation>替换 {title}</translation>
    </message>
    <message>
        <source>New plenary</source>
        <translation>新建全体会议</translation>
    </message>
    <message>
        <source>Restore backup {name}</source>
        <translation>恢复备份 {name}</translation>
    </message>
    <message>
        <source>Attach {name} to {owner}</source>
        <translation>将 {name} 附加到{owner}</translation>
    </message>
    <message>
        <source>Remove {name} from {owner}</source>
        <translation>从{owner}移除 {name}</translation>
    </message>
    <message>
        <source>Hong Kong SAR Government</source>
        <translation>香港特别行政区政府</translation>
    </message>
    <message>
        <source>Macao SAR Government</source>
        <translation>澳门特别行政区政府</translation>
    </message>
    <message>
        <source>Central authorities</source>
        <translation>中央有关部门</translation>
    </message>
    <message>
        <source>Led a delegation</source>
        <translation>率团</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>{place} Municipal Government</source>
        <translation>{place}市人民政府</translation>
    </message>
    <message>
        <source>{place} Provincial Government</source>
        <translation>{place}省人民政府</translation>
    </message>
    <message>
        <source>{place} Autonomous Region Government</source>
        <translation>{place}自治区人民政府</translation>
    </message>
    <message>
        <source>Import {title}</source>
        <translation>导入 {title}</translation>
    </message>
</context>
<context>
    <name>NewPlenaryDialog</name>
    <message>
        <source>New plenary</source>
        <translation>新建全体会议</translation>
    </message>
    <message>
        <source>Co&amp;nference</source>
        <translation>会议(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;First side</source>
        <translation>第一方(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Second side</source>
        <translation>第二方(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ordinal</source>
        <translation>届次(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add plenary</source>
        <translation>添加全体会议(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>未添加：{reason}</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆</translation>
    </message>
    <message>
        <source>Shenzhen</source>
        <translation>深圳</translation>
    </message>
    <message>
        <source>Guangzhou</source>
        <translation>广州</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <source>that document no longer exists</source>
        <translation>该文档已不存在</translation>
    </message>
    <message>
        <source>{name} is not whole in the catalogue (its SHA-256 differs from when it was attached); restore a backup to get it back</source>
        <translation>{name} 在目录中并不完整（其 SHA-256 与附加时不同）；请恢复备份以找回该文档</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>paragraph {number}, line {line}</source>
        <translation>第 {number} 段，第 {line} 行</translation>
    </message>
    <message>
        <source>the release gives a date that does not exist ({month} {day})</source>
        <translation>新闻稿所载日期并不存在（{month} {day}）</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：没有此文件</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a press release</source>
        <translation>{path} 是文件夹，不是新闻稿</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket): not a press release</source>
        <translation>{path} 不是普通文件（而是设备、管道或套接字）：不是新闻稿</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} bytes: not a press release (they are under 30 KB)</source>
        <translation>{path} 大于 {limit} 字节：不是新闻稿（新闻稿均小于 30 KB）</translation>
    </message>
    <message>
        <source>{path} is a binary file, not a press release</source>
        <translation>{path} 是二进制文件，不是新闻稿</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters: not a press release (they are under 30 KB)</source>
        <translation>文本长于 {limit} 个字符：不是新闻稿（新闻稿均小于 30 KB）</translation>
    </message>
    <message>
        <source>the release gives two dates for the plenary: {first} and {second}</source>
        <translation>新闻稿为全体会议列出两个日期：{first} 及 {second}</translation>
    </message>
    <message>
        <source>{name} is named twice differently: {first} and {second}</source>
        <translation>{name} 有两个不同的写法：{first} 及 {second}</translation>
    </message>
    <message>
        <source>the co-operation area {name} is listed twice</source>
        <translation>合作领域 {name} 列出了两次</translation>
    </message>
    <message>
        <source>agreement ({numeral}) is not a roman numeral Catalogue reads (at most {most} letters, well formed, such as xiv)</source>
        <translation>协议（{numeral}）不是会议目录可读取的罗马数字（最多 {most} 个字母、格式正确，例如 xiv）</translation>
    </message>
    <message>
        <source>agreement {numeral} is out of order: expected {expected}</source>
        <translation>协议 {numeral} 顺序有误：应为 {expected}</translation>
    </message>
    <message>
        <source>Annex {number} is said to hold both {first} and {second}</source>
        <translation>附件 {number} 被指同时载有 {first} 及 {second}</translation>
    </message>
    <message>
        <source>agreement ({numeral}) is said to be at Annex {first} and at Annex {second}</source>
        <translation>协议（{numeral}）被指同时载于附件 {first} 及附件 {second}</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>cannot create the folder for {path}: {error}</source>
        <translation>无法为 {path} 创建文件夹：{error}</translation>
    </message>
    <message>
        <source>another window or command is changing it</source>
        <translation>另一个窗口或命令正在更改它</translation>
    </message>
    <message>
        <source>Damaged catalogue</source>
        <translation>目录已损坏</translation>
    </message>
    <message>
        <source>The catalogue {name} is damaged.</source>
        <translation>目录 {name} 已损坏。</translation>
    </message>
    <message>
        <source>It has been left exactly as it is. Restore the newest good backup ({backup})? The damaged file is kept in the backups folder.</source>
        <translation>文件已原封不动保留。要恢复最新的完好备份（{backup}）吗？损坏的文件会保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>It has been left exactly as it is, and there is no backup of it. Keep a copy of the file and ask for help.</source>
        <translation>文件已原封不动保留，而且没有备份。请保留文件副本并寻求帮助。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>昨天 {time}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>{path} is being changed by {app} (user {user}, process {pid} on {host}) since {since}.</source>
        <translation>{path} 自 {since} 起正由 {app}（用户 {user}，{host} 上的进程 {pid}）更改。</translation>
    </message>
    <message>
        <source>Catalogue in use</source>
        <translation>目录使用中</translation>
    </message>
    <message>
        <source>This catalogue is already open for changes.</source>
        <translation>此目录已在别处打开，正在编辑。</translation>
    </message>
    <message>
        <source>Open it read-only? You can browse, search and export, but not change it.</source>
        <translation>要以只读方式打开吗？您可以浏览、搜索及导出，但不能更改。</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before replace</source>
        <translation>替换前</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups of {name} are kept in {folder}. Restoring one first backs up the catalogue as it is now, so nothing is lost.</source>
        <translation>{name} 的备份保存在 {folder}。恢复前会先备份目录的现状，因此不会丢失任何数据。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>尚未有备份。</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the database could not be changed: {detail}</source>
        <translation>无法更改数据库：{detail}</translation>
    </message>
    <message>
        <source>the {field} of this {kind} was taken a moment ago by another officer&apos;s change; nothing was changed</source>
        <translation>此{kind}的{field}刚被另一位人员的更改占用；没有任何更改</translation>
    </message>
    <message>
        <source>the {title} is already catalogued (use --replace to replace it)</source>
        <translation>{title} 已编入目录（使用 --replace 替换）</translation>
    </message>
    <message>
        <source>the release could not be stored: {error}</source>
        <translation>无法保存新闻稿：{error}</translation>
    </message>
    <message>
        <source>the two governments of the {name} cannot be told from its name: give them (catalogue new-plenary --sides A B)</source>
        <translation>无法从名称判断 {name} 的两地政府：请提供（catalogue new-plenary --sides A B）</translation>
    </message>
    <message>
        <source>the release cannot be stored: {problems}</source>
        <translation>无法保存新闻稿：{problems}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 项）</translation>
    </message>
    <message>
        <source>unknown record type {kind!r}</source>
        <translation>未知的记录类别 {kind!r}</translation>
    </message>
    <message>
        <source>{kind} has no field {name!r}</source>
        <translation>{kind}没有字段 {name!r}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>必须填写{label}</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}必须是整数</translation>
    </message>
    <message>
        <source>{label} must be between 1 and 1000000</source>
        <translation>{label}必须介于 1 至 1000000</translation>
    </message>
    <message>
        <source>{label} must be a date like 2024-04-26</source>
        <translation>{label}必须是日期，例如 2024-04-26</translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long (%n character(s); at most {most})</source>
        <translation>
            <numerusform>{label}过长（%n 个字符；最多 {most} 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>the new release lacks what these documents are attached to: {lost}; nothing was replaced</source>
        <translation>新的新闻稿缺少这些文档所附属的项目：{lost}；没有替换任何内容</translation>
    </message>
    <message>
        <source>attach either a file or a web address</source>
        <translation>请附加文件或网址，两者选一</translation>
    </message>
    <message>
        <source>{name} changed while it was read; nothing was attached</source>
        <translation>{name} 在读取期间有所更改；没有附加任何内容</translation>
    </message>
    <message>
        <source>the bytes of {name} are not kept in this catalogue; nothing was restored</source>
        <translation>此目录没有保存 {name} 的内容；没有恢复任何内容</translation>
    </message>
    <message>
        <source>{name} was not stored whole; nothing was attached</source>
        <translation>{name} 未能完整保存；没有附加任何内容</translation>
    </message>
    <message>
        <source>{url} is already attached here; nothing was attached</source>
        <translation>{url} 已附加于此；没有附加任何内容</translation>
    </message>
    <message>
        <source>{name} is already attached here as “{held}” (the same content); nothing was attached</source>
        <translation>{name} 已以“{held}”附加于此（内容相同）；没有附加任何内容</translation>
    </message>
    <message>
        <source>documents can be attached to annexes and agreements only</source>
        <translation>文档只能附加到附件及协议</translation>
    </message>
    <message>
        <source>that document no longer exists</source>
        <translation>该文档已不存在</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}</source>
        <translation>{label}必须是以下其中之一：{choices}</translation>
    </message>
    <message>
        <source>{label} {value} is already used in this plenary</source>
        <translation>{label} {value} 已在此全体会议中使用</translation>
    </message>
    <message>
        <source>that annex is not in this plenary</source>
        <translation>该附件不属于此全体会议</translation>
    </message>
    <message>
        <source>annex {number} already holds agreement ({numeral})</source>
        <translation>附件 {number} 已载有协议（{numeral}）</translation>
    </message>
    <message>
        <source>an area chosen is not in this plenary</source>
        <translation>所选的其中一个领域不属于此全体会议</translation>
    </message>
    <message>
        <source>a new {kind} needs a parent</source>
        <translation>新的{kind}需要上层记录</translation>
    </message>
    <message>
        <source>the {conference} already has plenary {ordinal}: {title}</source>
        <translation>{conference} 已有第 {ordinal} 次全体会议：{title}</translation>
    </message>
    <message>
        <source>a conference named {name} is already catalogued</source>
        <translation>名为 {name} 的会议已编入目录</translation>
    </message>
    <message>
        <source>the two sides must be different governments</source>
        <translation>两方必须是不同的政府</translation>
    </message>
    <message>
        <source>officials of its plenaries are on the side {sides}: change them first</source>
        <translation>其全体会议中有官员属于 {sides} 方：请先更改这些官员</translation>
    </message>
    <message>
        <source>that {kind} no longer exists</source>
        <translation>该{kind}已不存在</translation>
    </message>
    <message>
        <source>a {kind} cannot be added here</source>
        <translation>不能在此添加{kind}</translation>
    </message>
    <message>
        <source>a {kind} cannot be deleted here</source>
        <translation>不能在此删除{kind}</translation>
    </message>
    <message>
        <source>the {name} still has plenaries: delete them first</source>
        <translation>{name} 仍有全体会议：请先删除</translation>
    </message>
    <message>
        <source>the {name} is already catalogued with the sides {a} and {b}</source>
        <translation>{name} 已编入目录，两方为 {a} 及 {b}</translation>
    </message>
    <message>
        <source>a {kind} cannot be moved</source>
        <translation>{kind}不能移动</translation>
    </message>
    <message>
        <source>it cannot move further</source>
        <translation>无法再移动</translation>
    </message>
    <message>
        <source>the change was refused by the database: {error}</source>
        <translation>数据库拒绝了更改：{error}</translation>
    </message>
    <message>
        <source>someone else changed this {kind} since it was opened; nothing was saved</source>
        <translation>打开此{kind}后已有其他人作出更改；未保存任何内容</translation>
    </message>
    <message>
        <source>{officer} changed this {kind} at {when} UTC ({label}) since it was opened; nothing was saved</source>
        <translation>打开此{kind}后，{officer} 已于 {when} UTC 作出更改（{label}）；未保存任何内容</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} 不是文件夹</translation>
    </message>
    <message>
        <source>the copy did not match the catalogue</source>
        <translation>副本与目录不符</translation>
    </message>
    <message>
        <source>cannot back up {path}: {error}</source>
        <translation>无法备份 {path}：{error}</translation>
    </message>
    <message>
        <source>cannot restore {backup}: it is the catalogue itself, not one of its backups; nothing was changed</source>
        <translation>无法恢复 {backup}：它是目录本身，不是其备份；没有任何更改</translation>
    </message>
    <message>
        <source>cannot restore {backup}: {error}</source>
        <translation>无法恢复 {backup}：{error}</translation>
    </message>
    <message>
        <source>{path}: a restore was stopped before it put the backup in place; the catalogue is as it was, its latest changes put back</source>
        <translation>{path}：一次恢复在放入备份前被中止；目录保持原状，最近的更改已放回</translation>
    </message>
    <message>
        <source>{path}: a restore was stopped just after putting the backup in place; it is finished now (the catalogue as it was is its newest before-restore backup)</source>
        <translation>{path}：一次恢复在放入备份后随即被中止；现已完成（原来的目录是其最新的恢复前备份）</translation>
    </message>
    <message>
        <source>cannot open {path}: {error}</source>
        <translation>无法打开 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Catalogue database</source>
        <translation>{path} 是文件夹，不是会议目录数据库</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it is no longer a Catalogue database</source>
        <translation>它已不再是会议目录数据库</translation>
    </message>
    <message>
        <source>{path} is not a Catalogue database</source>
        <translation>{path} 不是会议目录数据库</translation>
    </message>
    <message>
        <source>{path} is not a Catalogue database (not an SQLite file)</source>
        <translation>{path} 不是会议目录数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>restore the newest good backup ({name})</source>
        <translation>恢复最新的完好备份（{name}）</translation>
    </message>
    <message>
        <source>no backup of it exists</source>
        <translation>没有备份</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was left untouched; {advice}</source>
        <translation>{path} 已损坏（{detail}）；文件保持原状；{advice}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Catalogue (schema {revision}); this version reads up to {head}: install the newer version</source>
        <translation>{path} 由较新版本的会议目录创建（架构版本 {revision}）；此版本最高只能读取 {head}：请安装较新版本</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>其所在文件夹是只读的</translation>
    </message>
    <message>
        <source>{path} could not be read: {detail}</source>
        <translation>无法读取 {path}：{detail}</translation>
    </message>
    <message>
        <source>--db is empty: give the catalogue&apos;s file name (or leave --db out for your own catalogue)</source>
        <translation>--db 是空的：请提供目录的文件名（或不用 --db，以打开你自己的目录）</translation>
    </message>
    <message>
        <source>a PostgreSQL server address was given, but this works on a catalogue file only: give the catalogue&apos;s file name</source>
        <translation>提供了 PostgreSQL 服务器地址，但此操作只适用于目录文件：请提供目录的文件名</translation>
    </message>
    <message>
        <source>{path}: no home folder is known for {user}</source>
        <translation>{path}：不知道 {user} 的主文件夹</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe, device or socket): give the catalogue&apos;s file name</source>
        <translation>{path} 不是文件（而是管道、设备或套接字）：请提供目录的文件名</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which does not exist (is its drive connected?)</source>
        <translation>{path} 是指向 {target} 的链接，但目标不存在（其驱动器是否已连接？）</translation>
    </message>
    <message>
        <source>{path} cannot be followed: {error}</source>
        <translation>无法跟随 {path}：{error}</translation>
    </message>
    <message>
        <source>cannot lock {path}: {error}</source>
        <translation>无法锁定 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is being changed by another Catalogue window or command, which has not said who it is</source>
        <translation>{path} 正由另一个会议目录窗口或命令更改，对方没有表明身份</translation>
    </message>
    <message>
        <source>{path} is being changed by {app} (user {user}, process {pid} on {host}, since {since})</source>
        <translation>{path} 正由 {app} 更改（用户 {user}，{host} 上的进程 {pid}，自 {since} 起）</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this version&apos;s format but cannot be written ({reason})</source>
        <translation>{path} 需要升级至此版本的格式，但无法写入（{reason}）</translation>
    </message>
    <message>
        <source>cannot upgrade {path} to this version&apos;s format: the disk is full ({free} free in {folder}; the upgrade needs about {needed}: a backup of the catalogue and room to rewrite it); nothing was changed: free some space and open it again</source>
        <translation>无法将 {path} 升级至此版本的格式：磁盘已满（{folder} 尚余 {free}；升级约需 {needed}：目录的一份备份及重写目录的空间）；没有任何更改：请腾出空间后再打开</translation>
    </message>
    <message>
        <source>upgrading {path} broke its links; nothing was changed</source>
        <translation>升级 {path} 时损坏了其链接；没有任何更改</translation>
    </message>
    <message>
        <source>{address} is not a server address: {error}</source>
        <translation>{address} 不是服务器地址：{error}</translation>
    </message>
    <message>
        <source>{address}: {detail}</source>
        <translation>{address}：{detail}</translation>
    </message>
    <message>
        <source>{address}: the server is PostgreSQL {version}; Catalogue needs 14 or newer</source>
        <translation>{address}：服务器是 PostgreSQL {version}；会议目录需要 14 或更新的版本</translation>
    </message>
    <message>
        <source>{address}: the database must be UTF-8 with a Unicode character type (it is {encoding}, {ctype}), or search would not see Chinese; create it with: {command}</source>
        <translation>{address}：数据库必须是 UTF-8 并使用 Unicode 字符类型（现为 {encoding}、{ctype}），否则搜索会看不见中文；请以此命令创建：{command}</translation>
    </message>
    <message>
        <source>the database holds other tables and no catalogue: give an empty database, or one made by Catalogue</source>
        <translation>数据库载有其他数据表而没有目录：请提供空白数据库，或由会议目录创建的数据库</translation>
    </message>
    <message>
        <source>the server is a read-only standby</source>
        <translation>服务器是只读的备用服务器</translation>
    </message>
    <message>
        <source>the role {user} may only read this catalogue</source>
        <translation>角色 {user} 只可读取此目录</translation>
    </message>
    <message>
        <source>{address} is being made or upgraded by another connection (waited {seconds} s); nothing was changed: try again when it is done</source>
        <translation>{address} 正由另一个连接创建或升级（已等候 {seconds} 秒）；没有任何更改：请在完成后再试</translation>
    </message>
    <message>
        <source>{address} was made by a newer version of Catalogue (schema {revision}); this version reads up to {head}: install the newer version</source>
        <translation>{address} 由较新版本的会议目录创建（结构版本 {revision}）；此版本最高只能读取 {head}：请安装较新版本</translation>
    </message>
    <message>
        <source>{address} already holds a catalogue: copy into an empty database</source>
        <translation>{address} 已载有目录：请复制到空白数据库</translation>
    </message>
    <message>
        <source>{address} holds no catalogue</source>
        <translation>{address} 没有目录</translation>
    </message>
    <message>
        <source>{address} needs its catalogue {made} but cannot be written ({reason})</source>
        <translation>{address} 的目录需要{made}，但无法写入（{reason}）</translation>
    </message>
    <message>
        <source>made</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>{address} needs its catalogue upgraded, but another connection is using the catalogue (waited {seconds} s); nothing was changed: try again when it is closed</source>
        <translation>{address} 的目录需要升级，但另一个连接正在使用目录（已等候 {seconds} 秒）；没有任何更改：请在该连接关闭后再试</translation>
    </message>
    <message>
        <source>{address}: only the database&apos;s owner ({owner}, or a role in it) may restore a backup over the team catalogue; {user} is not</source>
        <translation>{address}：只有数据库的所有者（{owner}，或属于该角色者）可以把备份还原到团队目录上；{user} 不是</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <source>cannot create the folder for {path}: {error}</source>
        <translation>无法为 {path} 创建文件夹：{error}</translation>
    </message>
    <message>
        <source>cannot create {path}: {error}</source>
        <translation>无法创建 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is not a plenary press release: {reason}</source>
        <translation>{path} 不是全体会议新闻稿：{reason}</translation>
    </message>
    <message>
        <source>Date: {date}    Place: {place}</source>
        <translation>日期：{date}    地点：{place}</translation>
    </message>
    <message>
        <source>Replaces the {title} already catalogued with:</source>
        <translation>替换已编入目录的 {title}，改为：</translation>
    </message>
    <message>
        <source>Adds:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <source>The tree it adds:</source>
        <translation>添加的树形结构：</translation>
    </message>
    <message>
        <source> [Annex {number}]</source>
        <translation> [附件 {number}]</translation>
    </message>
    <message>
        <source>Read as remarks, not catalogued: {where}</source>
        <translation>视作备注，不编入目录：{where}</translation>
    </message>
    <message numerus="yes">
        <source>Not placed in any record: %n paragraph(s) (add what they say by hand after the import):</source>
        <translation>
            <numerusform>未能归入任何记录：%n 个段落（请在导入后手动添加其内容）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paragraph was placed.</source>
        <translation>每个段落都已归入。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the release could not be placed in any record: see them with --dry-run, or import anyway with --allow-unplaced</source>
        <translation>
            <numerusform>新闻稿中有 %n 个段落未能归入任何记录：请以 --dry-run 查看，或以 --allow-unplaced 仍然导入</numerusform>
        </translation>
    </message>
    <message>
        <source>the {title} is already catalogued (use --replace to replace it)</source>
        <translation>{title} 已编入目录（使用 --replace 以替换）</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>changing it</source>
        <translation>更改目录</translation>
    </message>
    <message>
        <source>no conference is named {name!r}; the conferences are: {names}</source>
        <translation>没有名为 {name!r} 的会议；现有会议为：{names}</translation>
    </message>
    <message>
        <source>{name!r} names several conferences: {names}</source>
        <translation>{name!r} 符合多个会议：{names}</translation>
    </message>
    <message>
        <source>the {conference} has no plenary {ordinal}</source>
        <translation>{conference} 没有第 {ordinal} 次全体会议</translation>
    </message>
    <message>
        <source>no plenary has the ordinal {ordinal}</source>
        <translation>没有届次为 {ordinal} 的全体会议</translation>
    </message>
    <message>
        <source>plenary {ordinal} is in several conferences ({names}): give --conference too</source>
        <translation>多个会议（{names}）都有第 {ordinal} 次全体会议：请同时使用 --conference</translation>
    </message>
    <message>
        <source>{out} is a database, not a CSV file: export writes a new CSV file, give another name</source>
        <translation>{out} 是数据库，不是 CSV 文件：导出会写入新的 CSV 文件，请提供其他名称</translation>
    </message>
    <message>
        <source>{path}: no such backup</source>
        <translation>{path}：没有此备份</translation>
    </message>
    <message>
        <source>{folder} holds too many files named like {name}</source>
        <translation>{folder} 中名称与 {name} 相似的文件太多</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>cannot make the folder {folder}: {error}</source>
        <translation>无法创建文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <source>cannot write into {folder}: {error}; nothing was exported</source>
        <translation>无法写入 {folder}：{error}；没有导出任何文件</translation>
    </message>
    <message>
        <source>{address}: {task} needs write rights; {reason}</source>
        <translation>{address}：{task}需要写入权限；{reason}</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>还原备份</translation>
    </message>
    <message>
        <source>the restored catalogue on {address} differs from {backup}; nothing was changed</source>
        <translation>{address} 上还原的目录与 {backup} 不同；没有作出任何更改</translation>
    </message>
    <message>
        <source>{path} already exists: copy into a new file</source>
        <translation>{path} 已存在：请复制到新文件</translation>
    </message>
    <message>
        <source>the copy in {destination} differs from {source}; nothing was kept</source>
        <translation>{destination} 中的副本与 {source} 不同；没有保留任何内容</translation>
    </message>
    <message>
        <source>{path} was made by another program while this copy was written: nothing was copied into it</source>
        <translation>写入这份副本期间，另一个程序创建了 {path}：没有复制任何内容到该文件</translation>
    </message>
</context>
</TS>
