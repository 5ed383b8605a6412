<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>Activity</name>
    <message>
        <source>, </source>
        <comment>between the names of the fields an edit changed</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>整個目錄</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}：{text}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動紀錄</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>所有記錄</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>由(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>人員(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>記錄類別(&amp;R)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>已更改的欄位</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>匯出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>Write the changes this filter keeps as a CSV file (Ctrl+E)</source>
        <translation>將此篩選保留的更改寫成 CSV 檔案（Ctrl+E）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>The To date is before the From date.</source>
        <translation>「至」的日期早於「由」的日期。</translation>
    </message>
    <message>
        <source>No changes match this filter.</source>
        <translation>沒有更改符合此篩選。</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>尚未有更改。</translation>
    </message>
    <message>
        <source>Showing the newest {shown} changes: narrow the filter to see older ones (Export CSV writes them all)</source>
        <translation>顯示最新的 {shown} 項更改：收窄篩選範圍以查看較早的更改（匯出 CSV 會寫入全部更改）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 項更改</numerusform>
        </translation>
    </message>
    <message>
        <source>That record no longer exists: Edit &gt; Recently Deleted can bring it back</source>
        <translation>該記錄已不存在：可在「編輯 &gt; 最近刪除」取回</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>匯出活動紀錄</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Writing {file}...</source>
        <translation>正在寫入 {file}...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>已取消，沒有寫入任何檔案</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未匯出</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) to {file}</source>
        <translation>
            <numerusform>已將 %n 行寫入 {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Catalogue</source>
        <translation>會議目錄</translation>
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
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明並結束</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必要參數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法識別的參數：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個參數值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一個參數值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個參數值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 個參數值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 個參數值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可以是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能與參數 %s 同時使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略明確給出的參數值 %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須提供以下其中一個參數：%s</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>{area} ({shown} of {measures})</source>
        <translation>{area}（{measures}中的 {shown} 項）</translation>
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
        <translation>只計算篩選找到的記錄；按 Esc 顯示全部。</translation>
    </message>
    <message>
        <source>Select one in the tree to see and edit it.</source>
        <translation>在樹狀清單中選取一項以檢視及編輯。</translation>
    </message>
    <message>
        <source>{title}

Text at Annex {number}</source>
        <translation>{title}

文本載於附件 {number}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message}（見「{prog} --help」）</translation>
    </message>
    <message>
        <source>--date {text} is not a day of the calendar</source>
        <translation>--date {text} 不是日曆上的日子</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD, not {text!r}</source>
        <translation>--date 必須是 YYYY-MM-DD 格式，而非 {text!r}</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1, not {text!r}</source>
        <translation>必須是至少 1 的整數，而非 {text!r}</translation>
    </message>
    <message>
        <source>Catalogue of the Hong Kong/Shanghai Co-operation Conference. Without a command, opens the main window.</source>
        <translation>滬港合作會議目錄。不帶指令時開啟主視窗。</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>顯示版本號碼並結束</translation>
    </message>
    <message>
        <source>the catalogue: a file, or postgresql://USER@HOST/DBNAME on a server (default: $CATALOGUE_DB, else the per-user app-data folder); created from the bundled press release if it does not exist (or the database is empty)</source>
        <translation>目錄：一個檔案，或伺服器上的 postgresql://USER@HOST/DBNAME（預設：$CATALOGUE_DB，否則為用戶的應用程式資料資料夾）；如不存在（或資料庫是空的），會以隨附的新聞公報建立</translation>
    </message>
    <message>
        <source>open the main window, select the first measure, save a screenshot (with --screenshot) and exit</source>
        <translation>開啟主視窗，選取第一項措施，儲存螢幕截圖（配合 --screenshot）後結束</translation>
    </message>
    <message>
        <source>where --self-test saves the window picture</source>
        <translation>--self-test 儲存視窗圖像的位置</translation>
    </message>
    <message>
        <source>write the catalogue as CSV (for scripts) or .xlsx (for spreadsheets)</source>
        <translation>將目錄寫成 CSV（供程式使用）或 .xlsx（供試算表使用）</translation>
    </message>
    <message>
        <source>the file to write: OUT.xlsx a spreadsheet workbook, OUT.csv (or a name without extension) the CSV, - the CSV on stdout</source>
        <translation>要寫入的檔案：OUT.xlsx 為試算表活頁簿，OUT.csv（或不帶副檔名的名稱）為 CSV，- 表示將 CSV 輸出至標準輸出</translation>
    </message>
    <message>
        <source>add a plenary from its press release</source>
        <translation>從新聞公報加入一次全體會議</translation>
    </message>
    <message>
        <source>replace the plenary if it is already catalogued</source>
        <translation>如該全體會議已編入目錄，則予以取代</translation>
    </message>
    <message>
        <source>the plenary&apos;s date (releases omit the year)</source>
        <translation>全體會議的日期（新聞公報不寫年份）</translation>
    </message>
    <message>
        <source>print what the import would add (counts, the tree, the paragraphs not placed) and write nothing</source>
        <translation>列出匯入會加入的內容（數目、樹狀結構、未能歸入的段落），但不寫入任何內容</translation>
    </message>
    <message>
        <source>import even when some paragraphs of the release could not be placed in any record (they are listed)</source>
        <translation>即使新聞公報中有段落未能歸入任何記錄（會列出這些段落），仍然匯入</translation>
    </message>
    <message>
        <source>the press release text</source>
        <translation>新聞公報文本</translation>
    </message>
    <message>
        <source>print the records that contain every word</source>
        <translation>列出包含每個字詞的記錄</translation>
    </message>
    <message>
        <source>print at most N matches (default 200)</source>
        <translation>最多列出 N 項符合結果（預設 200）</translation>
    </message>
    <message>
        <source>print every match</source>
        <translation>列出所有符合結果</translation>
    </message>
    <message>
        <source>start an empty plenary, to fill in in the window</source>
        <translation>建立一次空白的全體會議，以便在視窗中填寫</translation>
    </message>
    <message>
        <source>the conference&apos;s full name, e.g. &quot;Hong Kong/Shanghai Co-operation Conference&quot;; a new one is added</source>
        <translation>會議的全名，例如 &quot;Hong Kong/Shanghai Co-operation Conference&quot;；如為新會議則會加入</translation>
    </message>
    <message>
        <source>which plenary of the conference it is</source>
        <translation>屬該會議的第幾次全體會議</translation>
    </message>
    <message>
        <source>the day it was held</source>
        <translation>舉行日期</translation>
    </message>
    <message>
        <source>where it was held</source>
        <translation>舉行地點</translation>
    </message>
    <message>
        <source>its title (default: &quot;Seventh Plenary Session of the CONFERENCE&quot;)</source>
        <translation>其標題（預設：&quot;Seventh Plenary Session of the CONFERENCE&quot;）</translation>
    </message>
    <message>
        <source>the two governments of a new conference (default: read from its name, e.g. &quot;Hong Kong SAR Government&quot; &quot;Beijing Municipal Government&quot;)</source>
        <translation>新會議的兩地政府（預設：從其名稱讀取，例如 &quot;Hong Kong SAR Government&quot; &quot;Beijing Municipal Government&quot;）</translation>
    </message>
    <message>
        <source>write a synthetic catalogue of N records into a new file, to try Catalogue at scale</source>
        <translation>將 N 項合成記錄寫入新檔案，以試用大規模的目錄</translation>
    </message>
    <message>
        <source>the new file to write (default: $CATALOGUE_DB, else the per-user app-data folder); it must not exist yet</source>
        <translation>要寫入的新檔案（預設：$CATALOGUE_DB，否則為用戶的應用程式資料資料夾）；該檔案必須尚未存在</translation>
    </message>
    <message>
        <source>how many records (default 100000, at most 1000000)</source>
        <translation>紀錄數目（預設 100000，最多 1000000）</translation>
    </message>
    <message>
        <source>back up the catalogue into backups/ beside it</source>
        <translation>將目錄備份至其旁邊的 backups/ 資料夾</translation>
    </message>
    <message>
        <source>list the catalogue&apos;s backups, newest first: file name, time, reason and record counts, tab-separated</source>
        <translation>列出目錄的備份，最新的在前：檔案名稱、時間、原因及記錄數目，以定位字元分隔</translation>
    </message>
    <message>
        <source>the catalogue whose backups to list (default: $CATALOGUE_DB, else the per-user app-data folder); it need not exist any more</source>
        <translation>要列出其備份的目錄（預設：$CATALOGUE_DB，否則為用戶的應用程式資料資料夾）；該目錄可以已不存在</translation>
    </message>
    <message>
        <source>put a backup in the catalogue&apos;s place (the current file is backed up first)</source>
        <translation>以備份取代目錄（會先備份現有檔案）</translation>
    </message>
    <message>
        <source>change one field of one record (checked as the window checks it; remembered in the history)</source>
        <translation>更改一項記錄的一個欄位（按視窗的規則檢查，並記錄在歷史中）</translation>
    </message>
    <message>
        <source>session, area, measure, official, agreement or annex</source>
        <translation>session、area、measure、official、agreement 或 annex</translation>
    </message>
    <message>
        <source>the record&apos;s ref as the CSV prints it: 3.2 (a measure), xi (an agreement), 4 (an area, official or annex), the ordinal (the plenary)</source>
        <translation>記錄在 CSV 中的編號：3.2（措施）、xi（協議）、4（範疇、官員或附件）、屆次（全體會議）</translation>
    </message>
    <message>
        <source>the field to change (e.g. text, name, post, title, notes; an agreement&apos;s annex takes an annex number, its areas area numbers separated by commas)</source>
        <translation>要更改的欄位（例如 text、name、post、title、notes；協議的 annex 填附件號碼，其 areas 填以逗號分隔的範疇號碼）</translation>
    </message>
    <message>
        <source>the new value</source>
        <translation>新的值</translation>
    </message>
    <message>
        <source>print the changes, newest first: time, officer, what was done and each field as old -&gt; new</source>
        <translation>列出更改，最新的在前：時間、人員、所作操作，以及每個欄位的 舊值 -&gt; 新值</translation>
    </message>
    <message>
        <source>only changes on or after this day (UTC)</source>
        <translation>只列出在此日（UTC）或之後的更改</translation>
    </message>
    <message>
        <source>only the changes to this record</source>
        <translation>只列出此記錄的更改</translation>
    </message>
    <message>
        <source>write every annex document kept in the catalogue into FOLDER, with an index (documents.csv) that also lists the web addresses</source>
        <translation>將目錄中保存的每份附件文件寫入 FOLDER，並附上索引（documents.csv），索引亦列出網址</translation>
    </message>
    <message>
        <source>the folder to write into (made if missing); a file already there is never written over: the new one gets a number</source>
        <translation>要寫入的資料夾（如不存在會建立）；絕不會覆寫資料夾中已有的檔案：新檔案會加上編號</translation>
    </message>
    <message>
        <source>copy a whole catalogue between a file and a PostgreSQL server (either way) into an empty destination, and prove the copy</source>
        <translation>在檔案與 PostgreSQL 伺服器之間（任一方向）將整個目錄複製到空白的目的地，並驗證副本</translation>
    </message>
    <message>
        <source>the catalogue to copy: a file, or postgresql://USER@HOST/DBNAME (default: $CATALOGUE_DB, else the per-user app-data folder)</source>
        <translation>要複製的目錄：一個檔案，或 postgresql://USER@HOST/DBNAME（預設：$CATALOGUE_DB，否則為用戶的應用程式資料資料夾）</translation>
    </message>
    <message>
        <source>where to copy it: a new file, or an empty database postgresql://USER@HOST/DBNAME</source>
        <translation>複製到哪裏：一個新檔案，或一個空白資料庫 postgresql://USER@HOST/DBNAME</translation>
    </message>
    <message>
        <source>the conference the plenary belongs to (part of its name will do)</source>
        <translation>該全體會議所屬的會議（提供部分名稱亦可）</translation>
    </message>
    <message>
        <source>the plenary, by its ordinal (may be left out while the catalogue holds one plenary)</source>
        <translation>全體會議的屆次（目錄只有一次全體會議時可省略）</translation>
    </message>
    <message>
        <source>--since must be a day as YYYY-MM-DD, not {text!r}</source>
        <translation>--since 必須是 YYYY-MM-DD 格式的日期，而不是 {text!r}</translation>
    </message>
    <message>
        <source>only the plenaries of this conference (its full name, or a part of it that names one)</source>
        <translation>只列出此會議的全體會議（其全名，或足以識別該會議的部分名稱）</translation>
    </message>
    <message>
        <source>only plenary N (of --conference, when several conferences have one)</source>
        <translation>只列出第 N 次全體會議（如多於一個會議有此屆次，則為 --conference 所指的會議）</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>已中斷；沒有任何更改</translation>
    </message>
    <message>
        <source>standard output is closed: give a file name</source>
        <translation>標準輸出已關閉：請提供檔案名稱</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在匯出</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 項記錄寫入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已取代</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Not placed in any record (add what they say by hand):</source>
        <translation>未能歸入任何記錄（請以人手加入其內容）：</translation>
    </message>
    <message>
        <source>interrupted after the import was saved</source>
        <translation>匯入已儲存後中斷</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>試行：沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>standard output is closed: nowhere to print matches</source>
        <translation>標準輸出已關閉：無處列出符合結果</translation>
    </message>
    <message>
        <source>give at least one word to search for</source>
        <translation>請提供至少一個要搜尋的字詞</translation>
    </message>
    <message>
        <source>the words to search for are not valid UTF-8 text</source>
        <translation>要搜尋的字詞不是有效的 UTF-8 文字</translation>
    </message>
    <message>
        <source>catalogue: no records match {query!r}</source>
        <translation>catalogue：沒有記錄符合 {query!r}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown; more match (add words to narrow it, or give --limit N or --all)</source>
        <translation>
            <numerusform>已顯示 %n 項記錄；尚有更多符合結果（加入字詞以收窄範圍，或使用 --limit N 或 --all）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match</source>
        <translation>
            <numerusform>找到 %n 項符合的記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the {title}</source>
        <translation>已加入 {title}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: {done:,} / %Ln record(s) ({percent}%)</source>
        <translation>
            <numerusform>{label}：{done:,} / %Ln 項記錄（{percent}%）</numerusform>
        </translation>
    </message>
    <message>
        <source>--records must be at least 1</source>
        <translation>--records 必須至少為 1</translation>
    </message>
    <message>
        <source>--records can be at most {most:,}</source>
        <translation>--records 最多為 {most:,}</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>正在產生</translation>
    </message>
    <message>
        <source>Backed up {address} ({count} records) to {path}</source>
        <translation>已將 {address}（{count} 項記錄）備份至 {path}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已備份至 {path}</translation>
    </message>
    <message>
        <source>standard output is closed: nowhere to list backups</source>
        <translation>標準輸出已關閉：無處列出備份</translation>
    </message>
    <message>
        <source>catalogue: {path} has no backups yet (in {folder})</source>
        <translation>catalogue：{path} 尚未有備份（在 {folder}）</translation>
    </message>
    <message>
        <source>{name}: no such backup; {path} has no backups yet</source>
        <translation>{name}：沒有此備份；{path} 尚未有備份</translation>
    </message>
    <message>
        <source>{name}: no such backup; the backups are: {names}</source>
        <translation>{name}：沒有此備份；現有備份為：{names}</translation>
    </message>
    <message>
        <source>The replaced catalogue was saved as {path}</source>
        <translation>被取代的目錄已儲存為 {path}</translation>
    </message>
    <message>
        <source>Restored {address} ({count} records) from {backup}</source>
        <translation>已從 {backup} 還原 {address}（{count} 條記錄）</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}</source>
        <translation>已從 {backup} 還原 {path}</translation>
    </message>
    <message>
        <source>no plenary of a conference named {name!r}</source>
        <translation>沒有名為 {name!r} 的會議的全體會議</translation>
    </message>
    <message>
        <source>there is no plenary {n} (there are: {known})</source>
        <translation>沒有第 {n} 次全體會議（現有：{known}）</translation>
    </message>
    <message>
        <source>plenary {n} is in several conferences: give --conference</source>
        <translation>多個會議都有第 {n} 次全體會議：請使用 --conference</translation>
    </message>
    <message>
        <source>the catalogue holds no plenary</source>
        <translation>目錄沒有任何全體會議</translation>
    </message>
    <message>
        <source>the catalogue holds {count} plenaries: give --session (one of {known})</source>
        <translation>目錄有 {count} 次全體會議：請使用 --session（{known} 之一）</translation>
    </message>
    <message>
        <source>no record type {kind!r} (one of: {kinds})</source>
        <translation>沒有記錄類別 {kind!r}（可用：{kinds}）</translation>
    </message>
    <message>
        <source>{plenary} has no {kind} {ref}</source>
        <translation>{plenary} 沒有{kind} {ref}</translation>
    </message>
    <message>
        <source>there is no annex {ref}</source>
        <translation>沒有附件 {ref}</translation>
    </message>
    <message>
        <source>there is no co-operation area {ref}</source>
        <translation>沒有合作範疇 {ref}</translation>
    </message>
    <message>
        <source>a {kind} has no field {field!r} (its fields: {fields})</source>
        <translation>{kind}沒有欄位 {field!r}（其欄位：{fields}）</translation>
    </message>
    <message>
        <source>words to look for; a measure&apos;s number, such as 12.1, finds the measures so numbered (the first of area 12, in every plenary)</source>
        <translation>要搜尋的字詞；措施的編號（例如 12.1）會找到該編號的措施（每次全體會議中範疇 12 的第一項措施）</translation>
    </message>
    <message>
        <source>a file from the backups folder (on a server: its owner only)</source>
        <translation>備份資料夾中的檔案（伺服器上：僅限其擁有者）</translation>
    </message>
    <message>
        <source>{what}: {field} is already that; nothing changed</source>
        <translation>{what}：{field} 已是該值；沒有更改</translation>
    </message>
    <message>
        <source>{what}: {field}: {old} -&gt; {new}</source>
        <translation>{what}：{field}：{old} -&gt; {new}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>standard output is closed: nowhere to print</source>
        <translation>標準輸出已關閉：無處列出</translation>
    </message>
    <message>
        <source>give a record as RECORD_TYPE REF (e.g. measure 3.2)</source>
        <translation>請以 記錄類別 編號 指明記錄（例如 measure 3.2）</translation>
    </message>
    <message>
        <source>catalogue: no changes</source>
        <translation>catalogue：沒有更改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Exporting documents</source>
        <translation>正在匯出文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to {folder}</source>
        <translation>
            <numerusform>已將 %n 份文件寫入 {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, listed with %n web address(es) in {index}</source>
        <translation>
            <numerusform>，並在 {index} 列出 %n 個網址</numerusform>
        </translation>
    </message>
    <message>
        <source>--db and --to name the same catalogue</source>
        <translation>--db 與 --to 指向同一個目錄</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s) from {source} to {destination}</source>
        <translation>
            <numerusform>已將 %n 項記錄由 {source} 複製至 {destination}</numerusform>
        </translation>
    </message>
    <message>
        <source>Proved: the same rows in all {tables} tables and an identical CSV export (SHA-256 {digest})</source>
        <translation>已驗證：全部 {tables} 個資料表的資料列相同，CSV 匯出完全一致（SHA-256 {digest}）</translation>
    </message>
    <message>
        <source>--screenshot goes with --self-test</source>
        <translation>--screenshot 須與 --self-test 一併使用</translation>
    </message>
    <message>
        <source>the main window cannot start: {error}</source>
        <translation>主視窗無法啟動：{error}</translation>
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
        <translation>（無）</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已由他人更改</translation>
    </message>
    <message>
        <source>After the undo</source>
        <translation>復原後</translation>
    </message>
    <message>
        <source>After the redo</source>
        <translation>重做後</translation>
    </message>
    <message>
        <source>{officer} changed {what} on {when} ({label}) after you opened it.</source>
        <translation>{officer} 在你開啟{what}後，於 {when} 作出更改（{label}）。</translation>
    </message>
    <message>
        <source>Someone else changed {what} after you opened it.</source>
        <translation>在你開啟{what}後，有其他人作出了更改。</translation>
    </message>
    <message>
        <source>Nothing was undone yet. For each field, choose “Undo it” or “Keep as now”.</source>
        <translation>尚未復原任何內容。請為每個欄位選擇「復原」或「保留現時內容」。</translation>
    </message>
    <message>
        <source>Nothing was redone yet. For each field, choose “Redo it” or “Keep as now”.</source>
        <translation>尚未重做任何內容。請為每個欄位選擇「重做」或「保留現時內容」。</translation>
    </message>
    <message>
        <source>Nothing was undone yet. Choose which version to keep.</source>
        <translation>尚未復原任何內容。請選擇保留哪個版本。</translation>
    </message>
    <message>
        <source>Nothing was saved yet. Choose which version to keep.</source>
        <translation>尚未儲存任何內容。請選擇保留哪個版本。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Changed since by others: {fields}.</source>
        <translation>其他人其後更改了：{fields}。</translation>
    </message>
    <message>
        <source>{field} ({whom})</source>
        <translation>{field}（{whom}）</translation>
    </message>
    <message>
        <source>Yours (undo)</source>
        <translation>你的（復原）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現時內容</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Theirs: {officer}, {when}</source>
        <translation>對方的：{officer}，{when}</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>對方的</translation>
    </message>
    <message>
        <source>Undo it</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Keep as now</source>
        <translation>保留現時內容</translation>
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
        <translation>{field}：對方的</translation>
    </message>
    <message>
        <source>The undo leaves it as it is.</source>
        <translation>復原不會更改此欄位。</translation>
    </message>
    <message>
        <source>The redo leaves it as it is.</source>
        <translation>重做不會更改此欄位。</translation>
    </message>
    <message>
        <source>Merge keeps the version chosen in each row.</source>
        <translation>合併會保留每一行所選的版本。</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留對方的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Merge undoes the fields set to “Undo it” and keeps the others as now.</source>
        <translation>「合併」會復原選擇了「復原」的欄位，其他欄位保留現時內容。</translation>
    </message>
    <message>
        <source>Keep as &amp;now</source>
        <translation>保留現時內容(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Undo it</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>Merge redoes the fields set to “Redo it” and keeps the others as now.</source>
        <translation>「合併」會重做選擇了「重做」的欄位，其他欄位保留現時內容。</translation>
    </message>
    <message>
        <source>&amp;Redo it</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>合併(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>{officer} changed {what} on {when} ({label}) after your change.</source>
        <translation>{officer} 在你更改{what}後，於 {when} 作出更改（{label}）。</translation>
    </message>
    <message>
        <source>Someone else changed {what} after your change.</source>
        <translation>在你更改{what}後，有其他人作出了更改。</translation>
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
        <translation>你更改後的內容</translation>
    </message>
    <message>
        <source>Changed by {whom}</source>
        <translation>由{whom}更改</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已復原：{what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <source>Undone where chosen: {what}; the rest kept as now</source>
        <translation>已復原所選的欄位：{what}；其他欄位保留現時內容</translation>
    </message>
    <message>
        <source>Redone where chosen: {what}; the rest kept as now</source>
        <translation>已重做所選的欄位：{what}；其他欄位保留現時內容</translation>
    </message>
    <message>
        <source>Kept as now</source>
        <translation>已保留現時內容</translation>
    </message>
    <message>
        <source>Kept your version</source>
        <translation>已保留你的版本</translation>
    </message>
    <message>
        <source>Merged the two versions</source>
        <translation>已合併兩個版本</translation>
    </message>
    <message>
        <source>Kept their version</source>
        <translation>已保留對方的版本</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>沒有任何更改</translation>
    </message>
    <message>
        <source>{officer} changed {what} on {when} ({label}) after you last saw it.</source>
        <translation>{officer} 在你上次查看{what}後，於 {when} 作出更改（{label}）。</translation>
    </message>
    <message>
        <source>Someone else changed {what} after you last saw it.</source>
        <translation>在你上次查看{what}後，有其他人作出了更改。</translation>
    </message>
    <message>
        <source>Nothing was deleted yet. Delete it all the same? Recently Deleted keeps it.</source>
        <translation>尚未刪除任何內容。仍要刪除嗎？「最近刪除」會保留它。</translation>
    </message>
    <message>
        <source>&amp;Delete all the same</source>
        <translation>仍要刪除(&amp;D)</translation>
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
        <translation>連接團隊伺服器</translation>
    </message>
    <message>
        <source>records.office.gov.hk</source>
        <translation>records.office.gov.hk</translation>
    </message>
    <message>
        <source>only if the server asks (else ~/.pgpass or PGPASSWORD)</source>
        <translation>僅在伺服器要求時填寫（否則使用 ~/.pgpass 或 PGPASSWORD）</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>伺服器(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>連接埠(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼(&amp;W)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連接(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The office&apos;s catalogue on its PostgreSQL server (README: Team catalogue). The password is not kept.</source>
        <translation>辦公室在 PostgreSQL 伺服器上的目錄（README：團隊目錄）。密碼不會被保存。</translation>
    </message>
    <message>
        <source>The server refused the password typed for {user}: type it again ({detail})</source>
        <translation>伺服器不接受為 {user} 輸入的密碼：請重新輸入（{detail}）</translation>
    </message>
    <message>
        <source>The server wants {user}&apos;s password: type it and connect again ({detail})</source>
        <translation>伺服器需要 {user} 的密碼：請輸入後再連接（{detail}）</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未連接：{reason}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>發生錯誤</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>詳細資料已寫入 {path}。</translation>
    </message>
    <message>
        <source>Nothing that was saved is lost.</source>
        <translation>已儲存的資料不會遺失。</translation>
    </message>
    <message>
        <source>This is a fault in Catalogue; what was saved is not lost. Please send the details to whoever looks after Catalogue.</source>
        <translation>這是會議目錄的故障；已儲存的資料不會遺失。請將詳細資料交給負責維護會議目錄的同事。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>複製詳細資料(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Deleted</name>
    <message>
        <source>{what} with {children}</source>
        <translation>{what}連同{children}</translation>
    </message>
    <message numerus="yes">
        <source>{what} (listed by %n agreement(s))</source>
        <translation>
            <numerusform>{what}（由 %n 項協議列出）</numerusform>
        </translation>
    </message>
    <message>
        <source>(its area is deleted too)</source>
        <translation>（其範疇亦已刪除）</translation>
    </message>
    <message>
        <source>(a plenary no longer here)</source>
        <translation>（已不在此處的全體會議）</translation>
    </message>
    <message>
        <source>Recently Deleted</source>
        <translation>最近刪除</translation>
    </message>
    <message>
        <source>Records deleted from this catalogue, newest first. Restore puts one back with what went with it, as a new change you can undo.</source>
        <translation>從此目錄刪除的記錄，最新的在前。「還原」會連同一併刪除的內容放回記錄，作為一項可以復原的新更改。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>全體會議</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>刪除者</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>沒有已刪除的記錄。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>This catalogue is open read-only</source>
        <translation>此目錄以唯讀方式開啟</translation>
    </message>
    <message>
        <source>Not restored: {why}</source>
        <translation>未還原：{why}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already exists: demo data goes into a new file</source>
        <translation>{path} 已存在：示範資料須寫入新檔案</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>要儲存對{what}的更改嗎？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如不儲存，您的更改將會遺失。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>要刪除{what}嗎？</translation>
    </message>
    <message>
        <source> You can undo this with Ctrl+Z.</source>
        <translation>您可以按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>{what} is no longer in the catalogue: it was deleted elsewhere.</source>
        <translation>{what}已不在目錄中：已在其他地方被刪除。</translation>
    </message>
    <message>
        <source>What you typed is still in the editor. Add it as a new {kind}?</source>
        <translation>您輸入的內容仍在編輯器中。要將其加入為新的{kind}嗎？</translation>
    </message>
    <message>
        <source>Add as new {kind}</source>
        <translation>加入為新的{kind}</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>加入記錄</translation>
    </message>
    <message>
        <source>Record t&amp;ype</source>
        <translation>記錄類別(&amp;Y)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>加入(&amp;D)</translation>
    </message>
    <message>
        <source>The measure is added at the end of “{area}”.</source>
        <translation>措施會加到「{area}」的末尾。</translation>
    </message>
    <message>
        <source>It is added to the plenary, at the end of its list.</source>
        <translation>會加到全體會議清單的末尾。</translation>
    </message>
    <message>
        <source>Cannot add: {errors}</source>
        <translation>無法加入：{errors}</translation>
    </message>
    <message>
        <source>Catalogue {version}</source>
        <translation>會議目錄 {version}</translation>
    </message>
    <message>
        <source>The record of the Hong Kong/Shanghai Co-operation Conference.</source>
        <translation>滬港合作會議的紀錄。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 位元組</translation>
    </message>
    <message>
        <source>{name} is {size}; a document can be at most {most} MB (attach a web address to it instead)</source>
        <translation>{name} 的大小為 {size}；文件最大只能為 {most} MB（請改為附加其網址）</translation>
    </message>
    <message>
        <source>a document needs a file name</source>
        <translation>文件需要檔案名稱</translation>
    </message>
    <message>
        <source>the file name is too long ({length} characters; at most {most})</source>
        <translation>檔案名稱太長（{length} 個字元；最多 {most} 個）</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} 不是一般檔案</translation>
    </message>
    <message>
        <source>cancelled; nothing was attached</source>
        <translation>已取消；沒有附加任何內容</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>無法讀取 {path}：{error}</translation>
    </message>
    <message>
        <source>{url!r} is not a web address (it must start with https:// or http://)</source>
        <translation>{url!r} 不是網址（必須以 https:// 或 http:// 開頭）</translation>
    </message>
    <message>
        <source>the web address is too long ({length} characters; at most {most})</source>
        <translation>網址太長（{length} 個字元；最多 {most} 個）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The texts kept with this record. Drop files here to attach them (at most {most} MB each); Enter opens, Delete removes.</source>
        <translation>與此記錄一併保存的文本。將檔案拖放到此處即可附加（每個最多 {most} MB）；Enter 開啟，Delete 移除。</translation>
    </message>
    <message>
        <source>Atta&amp;ch file...</source>
        <translation>附加檔案(&amp;C)...</translation>
    </message>
    <message>
        <source>Keep a file (PDF, Word, any file up to {most} MB) inside the catalogue</source>
        <translation>將檔案（PDF、Word 或任何不超過 {most} MB 的檔案）保存在目錄內</translation>
    </message>
    <message>
        <source>Add &amp;web address...</source>
        <translation>加入網址(&amp;W)...</translation>
    </message>
    <message>
        <source>Attach the address of a document on the web</source>
        <translation>附加網上文件的網址</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open with the system&apos;s viewer (a web address in the browser)</source>
        <translation>以系統的檢視程式開啟（網址則以瀏覽器開啟）</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>另存為...</translation>
    </message>
    <message>
        <source>Save a copy of the document as a file</source>
        <translation>將文件的副本儲存為檔案</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the document from the catalogue (Undo brings it back)</source>
        <translation>從目錄移除該文件（可按復原取回）</translation>
    </message>
    <message>
        <source>Web address: {url}</source>
        <translation>網址：{url}</translation>
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
        <translation>目錄是唯讀的：不能更改文件</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Attaching {name}...</source>
        <translation>正在附加 {name}...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was attached</source>
        <translation>已取消；沒有附加任何內容</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) to {owner}</source>
        <translation>已將 {name}（{size}）附加到{owner}</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>加入網址</translation>
    </message>
    <message>
        <source>Web address of the document (https://...):</source>
        <translation>文件的網址（https://...）：</translation>
    </message>
    <message>
        <source>Attached {url} to {owner}</source>
        <translation>已將 {url} 附加到{owner}</translation>
    </message>
    <message>
        <source>Opened {what}</source>
        <translation>已開啟{what}</translation>
    </message>
    <message>
        <source>No program is set up to open {what}</source>
        <translation>沒有設定可開啟{what}的程式</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>將文件另存為</translation>
    </message>
    <message>
        <source>{name} was not saved: {error}</source>
        <translation>{name} 未儲存：{error}</translation>
    </message>
    <message>
        <source>Saved {name} as {path}</source>
        <translation>已將 {name} 儲存為 {path}</translation>
    </message>
    <message>
        <source>Removed {name} (Undo brings it back)</source>
        <translation>已移除 {name}（可按復原取回）</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>In co-operation area {area}</source>
        <translation>屬合作範疇 {area}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>沒有更改</translation>
    </message>
    <message>
        <source>Saved {what}</source>
        <translation>已儲存{what}</translation>
    </message>
    <message>
        <source>Added {what}</source>
        <translation>已加入{what}</translation>
    </message>
    <message>
        <source>Nothing to add to</source>
        <translation>沒有可加入的位置</translation>
    </message>
    <message>
        <source>The catalogue has no plenary session yet: import one first.</source>
        <translation>目錄尚未有全體會議：請先匯入一次。</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>已刪除{what}</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>{officer} changed {record} again while you were choosing; nothing was undone. Undo again to choose with the newest.</source>
        <translation>{officer}在你選擇期間再次更改了{record}；未有復原任何內容。再按「復原」即可按最新內容選擇。</translation>
    </message>
    <message>
        <source>{officer} changed {record} again while you were choosing; nothing was redone. Redo again to choose with the newest.</source>
        <translation>{officer}在你選擇期間再次更改了{record}；未有重做任何內容。再按「重做」即可按最新內容選擇。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未刪除</translation>
    </message>
    <message>
        <source>The catalogue could not be backed up first, so nothing was deleted: {error}</source>
        <translation>無法先備份目錄，因此沒有刪除任何內容：{error}</translation>
    </message>
    <message>
        <source>Backed up to {name}</source>
        <translation>已備份至 {name}</translation>
    </message>
    <message>
        <source>It holds no records yet. The catalogue is backed up first.</source>
        <translation>其中尚未有記錄。會先備份目錄。</translation>
    </message>
    <message>
        <source>With it go its {records}. The catalogue is backed up first.</source>
        <translation>其{records}會一併刪除。會先備份目錄。</translation>
    </message>
    <message numerus="yes">
        <source>Its %n measure(s) will be deleted with it.</source>
        <translation>
            <numerusform>其 %n 項措施會一併刪除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) will no longer list it.</source>
        <translation>
            <numerusform>%n 項協議將不再列出此項。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement ({numeral}) will no longer point to it.</source>
        <translation>協議（{numeral}）將不再指向此項。</translation>
    </message>
    <message>
        <source>Its links to co-operation areas go with it.</source>
        <translation>其與合作範疇的連結會一併刪除。</translation>
    </message>
    <message>
        <source>Nothing else goes with it.</source>
        <translation>不會一併刪除其他記錄。</translation>
    </message>
    <message numerus="yes">
        <source>The %n document(s) attached to its annexes and agreements go with it.</source>
        <translation>
            <numerusform>附加於其附件及協議的 %n 份文件會一併刪除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n attached document(s) go with it.</source>
        <translation>
            <numerusform>其 %n 份附加文件會一併刪除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved first: {what}. Undo again takes that save back.</source>
        <translation>已先儲存：{what}。再按復原會撤回這次儲存。</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已復原：{what}</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <source>Annex {number}: {title}</source>
        <translation>附件 {number}：{title}</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最後修改</translation>
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
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地點(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>內容(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;rdinal</source>
        <translation>屆次(&amp;R)</translation>
    </message>
    <message>
        <source>Honor&amp;ific</source>
        <translation>稱謂(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>職位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>所屬方(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Numeral</source>
        <translation>編號(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>簽署方(&amp;P)</translation>
    </message>
    <message>
        <source>Anne&amp;x</source>
        <translation>附件(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Areas served</source>
        <translation>涉及範疇(&amp;A)</translation>
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
        <translation>儲存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>放棄修改</translation>
    </message>
    <message>
        <source>&amp;Chinese name</source>
        <translation>中文名稱(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>號碼(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language note</source>
        <translation>語言備註(&amp;L)</translation>
    </message>
    <message>
        <source>before notes were kept</source>
        <translation>開始記錄備註之前</translation>
    </message>
    <message>
        <source>Select a record in the tree to see and edit it.</source>
        <translation>在樹狀清單中選取一項記錄以檢視及編輯。</translation>
    </message>
    <message>
        <source>Save the changes to this record (Ctrl+S)</source>
        <translation>儲存對此記錄的更改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>恢復已儲存的內容</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>未選取記錄</translation>
    </message>
    <message>
        <source>Not saved: {errors}</source>
        <translation>未儲存：{errors}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的更改</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the database could not be used: {detail}</source>
        <translation>無法使用資料庫：{detail}</translation>
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
        <translation>會議目錄</translation>
    </message>
    <message>
        <source>a spreadsheet holds at most {rows:,} records: export a CSV instead</source>
        <translation>試算表最多只能容納 {rows:,} 項記錄：請改為匯出 CSV</translation>
    </message>
    <message>
        <source>{path}: cannot write a {suffix} file; give a name ending in .xlsx (for spreadsheets) or .csv (for scripts)</source>
        <translation>{path}：無法寫入 {suffix} 檔案；請提供以 .xlsx（試算表）或 .csv（供程式使用）結尾的名稱</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name for the spreadsheet</source>
        <translation>{path} 是資料夾：請為試算表提供檔案名稱</translation>
    </message>
    <message>
        <source>{path} is not a regular file, a device or a pipe: give a file name for the spreadsheet</source>
        <translation>{path} 不是一般檔案、裝置或管道：請為試算表提供檔案名稱</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name for the CSV</source>
        <translation>{path} 是資料夾：請為 CSV 提供檔案名稱</translation>
    </message>
    <message>
        <source>{path} is not a regular file, a device or a pipe: give a file name for the CSV</source>
        <translation>{path} 不是一般檔案、裝置或管道：請為 CSV 提供檔案名稱</translation>
    </message>
    <message>
        <source>cannot write {path}: it is read-only (its protection is kept; choose another name)</source>
        <translation>無法寫入 {path}：該檔案是唯讀的（保留其保護設定；請選擇另一個名稱）</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>已取消；沒有任何更改</translation>
    </message>
    <message>
        <source>Numeral must be a roman numeral such as xiv</source>
        <translation>編號必須是羅馬數字，例如 xiv</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>屆次</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>稱謂</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所屬方</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Numeral</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>簽署方</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>範疇</translation>
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
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>語言備註</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>標題（中文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>內容（中文）</translation>
    </message>
    <message>
        <source>Post (Chinese)</source>
        <translation>職位（中文）</translation>
    </message>
    <message>
        <source>Parties (Chinese)</source>
        <translation>簽署方（中文）</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已開啟 {path}</translation>
    </message>
    <message>
        <source>Catalogue (*.db)</source>
        <translation>會議目錄 (*.db)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name: Catalogue never writes over an existing file.</source>
        <translation>{path} 已存在。請選擇新的檔案名稱：會議目錄絕不會覆寫現有檔案。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>New demo catalogue</source>
        <translation>新增示範目錄</translation>
    </message>
    <message>
        <source>How many records (plenaries, areas, measures, officials, agreements and annexes in all)?</source>
        <translation>要多少項記錄（全體會議、範疇、措施、官員、協議及附件合計）？</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln demo record(s)...</source>
        <translation>
            <numerusform>正在寫入 %Ln 項示範記錄...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was created</source>
        <translation>已取消；沒有建立任何檔案</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln demo record(s) to {path}</source>
        <translation>
            <numerusform>已將 %Ln 項示範記錄寫入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue (*.db);;All files (*)</source>
        <translation>會議目錄 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>連接團隊伺服器</translation>
    </message>
    <message>
        <source>Connecting to {address}...</source>
        <translation>正在連接 {address}...</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Connected to {address}</source>
        <translation>已連接 {address}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>匯出試算表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting records...</source>
        <translation>正在匯出記錄...</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>已取消匯出；沒有寫入任何內容</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 項記錄匯出至 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up Now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Backing up the catalogue...</source>
        <translation>正在備份目錄...</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup was made</source>
        <translation>已取消備份；沒有建立任何備份</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已備份至 {path}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Restored {backup}; the catalogue as it was is saved as {saved}</source>
        <translation>已還原 {backup}；原來的目錄已儲存為 {saved}</translation>
    </message>
    <message>
        <source>Restoring {backup}...</source>
        <translation>正在還原 {backup}...</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed</source>
        <translation>已取消還原；沒有任何更改</translation>
    </message>
    <message>
        <source>About Catalogue</source>
        <translation>關於會議目錄</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <source>Filter records (Ctrl+F)</source>
        <translation>篩選記錄（Ctrl+F）</translation>
    </message>
    <message>
        <source>No record contains “{text}”. Esc clears the filter.</source>
        <translation>沒有記錄包含「{text}」。按 Esc 清除篩選。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match.</source>
        <translation>
            <numerusform>找到 %n 項符合的記錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} matching records shown (counting the rest…): add words to narrow the search.</source>
        <translation>已顯示首 {shown} 項符合的記錄（正在點算其餘記錄…）：加入字詞以收窄搜尋範圍。</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln matching record(s) shown: add words to narrow the search.</source>
        <translation>
            <numerusform>找到 %Ln 項符合的記錄，已顯示 {shown} 項：加入字詞以收窄搜尋範圍。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>搜尋失敗：{error}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Filter box: go to the first match</source>
        <translation>篩選框：前往第一項符合結果</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>下、Enter</translation>
    </message>
    <message>
        <source>Filter box or tree: clear the filter</source>
        <translation>篩選框或樹狀清單：清除篩選</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Editor: back to the tree</source>
        <translation>編輯區：返回樹狀清單</translation>
    </message>
    <message>
        <source>History tab: restore the selected version</source>
        <translation>歷史分頁：還原所選的版本</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Catalogue user guide</source>
        <translation>會議目錄使用指南</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>its {parent} no longer exists: restore that first</source>
        <translation>其{parent}已不存在：請先還原該項</translation>
    </message>
    <message>
        <source>no deleted record has that identity</source>
        <translation>沒有已刪除的記錄符合此識別碼</translation>
    </message>
    <message>
        <source>that change did not delete a record</source>
        <translation>該次更改並未刪除記錄</translation>
    </message>
    <message>
        <source>that {kind} is already back</source>
        <translation>該{kind}已經取回</translation>
    </message>
    <message>
        <source>that conference has a plenary {ordinal} again: delete or renumber it first</source>
        <translation>該會議已另有第 {ordinal} 次全體會議：請先刪除或重新編號</translation>
    </message>
    <message>
        <source>that version is not in this record&apos;s history</source>
        <translation>該版本不在此記錄的歷史中</translation>
    </message>
    <message>
        <source>the record already holds that version</source>
        <translation>記錄已是該版本</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>已還原備份</translation>
    </message>
    <message>
        <source>{what} by {who}, {when} ({source})</source>
        <translation>{what}：{who}，{when}（{source}）</translation>
    </message>
    <message>
        <source>No field of this record changed (its place in a list may have).</source>
        <translation>此記錄沒有欄位更改（其在清單中的位置可能有變）。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value as added</source>
        <translation>加入時的值</translation>
    </message>
    <message>
        <source>Value as deleted</source>
        <translation>刪除時的值</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之後</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Restore &amp;this version</source>
        <translation>還原此版本(&amp;T)</translation>
    </message>
    <message>
        <source>Put the record&apos;s fields back as they were right after this change (a new change: Ctrl+Z undoes it)</source>
        <translation>將記錄的欄位還原為此次更改後的狀態（作為新更改：可按 Ctrl+Z 復原）</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>選取一項記錄以查看其歷史。</translation>
    </message>
    <message>
        <source>No changes yet.
Changes made from now on are listed here.</source>
        <translation>尚未有更改。
此後所作的更改會在此列出。</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>這是目前的版本。</translation>
    </message>
    <message>
        <source>This change is to the record&apos;s documents, which Restore does not put back: use Undo, or attach the file again.</source>
        <translation>這項更改涉及記錄的文件，「還原此版本」不會放回文件：請使用復原，或再次附加檔案。</translation>
    </message>
    <message>
        <source>Read-only: versions cannot be restored.</source>
        <translation>唯讀：不能還原版本。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史</translation>
    </message>
    <message>
        <source>The record&apos;s changes (Ctrl+H)</source>
        <translation>這項紀錄的修改（Ctrl+H）</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未還原</translation>
    </message>
    <message>
        <source>{what}: Ctrl+Z undoes it</source>
        <translation>{what}：可按 Ctrl+Z 復原</translation>
    </message>
    <message>
        <source>Recently Deleted</source>
        <translation>最近刪除</translation>
    </message>
    <message>
        <source>the record being edited has unsaved changes</source>
        <translation>正在編輯的記錄有未儲存的更改</translation>
    </message>
    <message>
        <source>Restored {what}</source>
        <translation>已還原{what}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動紀錄</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>人員姓名</translation>
    </message>
    <message>
        <source>The name recorded with every change you make.
Leave it empty to record your computer login ({user}).</source>
        <translation>與您每項更改一併記錄的姓名。
留空則記錄您的電腦登入名稱（{user}）。</translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {name}</source>
        <translation>更改現在會記錄為由 {name} 作出</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import preview</source>
        <translation>匯入預覽</translation>
    </message>
    <message>
        <source>Import the {title}?</source>
        <translation>要匯入 {title} 嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the release could not be placed in any record. They are listed below with their position in the text; after the import you can add what they say by hand.</source>
        <translation>
            <numerusform>新聞公報中有 %n 個段落未能歸入任何記錄。這些段落連同其在文本中的位置列於下方；匯入後您可以人手加入其內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraphs not placed</source>
        <translation>未能歸入的段落</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>匯入會加入的內容</translation>
    </message>
    <message>
        <source>&amp;Import anyway</source>
        <translation>仍然匯入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>複製摘要(&amp;C)</translation>
    </message>
    <message>
        <source>Copy this summary, to keep the paragraphs not placed at hand while you add what they say</source>
        <translation>複製此摘要，以便在加入未能歸入段落的內容時隨手參考</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Date of the plenary</source>
        <translation>全體會議日期</translation>
    </message>
    <message>
        <source>The press release for the {title} gives the day but not the year. When was the plenary held?</source>
        <translation>{title} 的新聞公報只寫了日子，沒有年份。全體會議在何時舉行？</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Replace plenary</source>
        <translation>取代全體會議</translation>
    </message>
    <message>
        <source>The {title} is already catalogued.</source>
        <translation>{title} 已編入目錄。</translation>
    </message>
    <message>
        <source>Replace all of its records with the ones in this press release? A backup is taken first; to go back, restore it (File &gt; Restore backup...). This cannot be undone with Ctrl+Z.</source>
        <translation>要以此新聞公報中的記錄取代其所有記錄嗎？系統會先進行備份；如要復原，請還原該備份（檔案 &gt; 還原備份...）。此操作不能以 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Import press release</source>
        <translation>匯入新聞公報</translation>
    </message>
    <message>
        <source>Press releases (*.txt);;All files (*)</source>
        <translation>新聞公報 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>正在讀取 {name}...</translation>
    </message>
    <message>
        <source>Importing the {title}...</source>
        <translation>正在匯入 {title}...</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>plenary session</source>
        <translation>全體會議</translation>
    </message>
    <message>
        <source>co-operation area</source>
        <translation>合作範疇</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官員</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Co-operation areas</source>
        <translation>合作範疇</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>官員</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協議</translation>
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
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>another officer</source>
        <translation>另一位人員</translation>
    </message>
    <message>
        <source>changes made while the connection was lost</source>
        <translation>連線中斷期間所作的更改</translation>
    </message>
    <message>
        <source>a backup restored over the catalogue</source>
        <translation>以備份還原整個目錄</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>Show the record as it is saved now</source>
        <translation>顯示此記錄現時儲存的內容</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Show this window&apos;s values beside the saved ones</source>
        <translation>把此視窗的內容與已儲存的並排顯示</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隱藏此訊息</translation>
    </message>
    <message>
        <source>Deleted by {who} at {time}: {change}</source>
        <translation>{who} 於 {time} 刪除：{change}</translation>
    </message>
    <message>
        <source>Changed by {who} at {time}: {change}</source>
        <translation>{who} 於 {time} 更改：{change}</translation>
    </message>
    <message>
        <source>Others&apos; changes could not be read: {error}</source>
        <translation>無法讀取其他人員的更改：{error}</translation>
    </message>
    <message>
        <source>Drop your unsaved changes to this {kind} and show the version {who} saved?</source>
        <translation>捨棄你對此{kind}未儲存的更改，並顯示 {who} 儲存的版本？</translation>
    </message>
    <message>
        <source>Compare shows both side by side, so you can copy what you typed first.</source>
        <translation>「比較」會並排顯示兩個版本，你可先複製自己輸入的內容。</translation>
    </message>
    <message>
        <source>Drop and Reload</source>
        <translation>捨棄並重新載入</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>其他已連線者：{names}</translation>
    </message>
    <message>
        <source>{who} since {time}</source>
        <translation>{who}，自 {time} 起</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted.</source>
        <translation>此記錄已不存在：已被刪除。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New database...</source>
        <translation>新增資料庫(&amp;N)...</translation>
    </message>
    <message>
        <source>Create a new catalogue filled from the bundled press release</source>
        <translation>建立新目錄，內容取自隨附的新聞公報</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>開啟資料庫(&amp;O)...</translation>
    </message>
    <message>
        <source>Open another catalogue file</source>
        <translation>開啟另一個目錄檔案</translation>
    </message>
    <message>
        <source>Connect to &amp;team server...</source>
        <translation>連接團隊伺服器(&amp;T)...</translation>
    </message>
    <message>
        <source>Open the office&apos;s catalogue on a PostgreSQL server</source>
        <translation>開啟辦公室在 PostgreSQL 伺服器上的目錄</translation>
    </message>
    <message>
        <source>New de&amp;mo catalogue...</source>
        <translation>新增示範目錄(&amp;M)...</translation>
    </message>
    <message>
        <source>Create a new catalogue of synthetic records, to try Catalogue at scale</source>
        <translation>建立由合成記錄組成的新目錄，以試用大規模的目錄</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>匯出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>Write the whole catalogue as a CSV file for Excel</source>
        <translation>將整個目錄寫成可供 Excel 使用的 CSV 檔案</translation>
    </message>
    <message>
        <source>&amp;Import press release...</source>
        <translation>匯入新聞公報(&amp;I)...</translation>
    </message>
    <message>
        <source>Add a plenary from its press release</source>
        <translation>從新聞公報加入一次全體會議</translation>
    </message>
    <message>
        <source>&amp;Restore backup...</source>
        <translation>還原備份(&amp;R)...</translation>
    </message>
    <message>
        <source>Put one of the automatic backups in this catalogue&apos;s place</source>
        <translation>以其中一個自動備份取代此目錄</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Save record</source>
        <translation>儲存記錄(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes to this record</source>
        <translation>儲存對此記錄的更改</translation>
    </message>
    <message>
        <source>Re&amp;vert record</source>
        <translation>放棄記錄的修改(&amp;V)</translation>
    </message>
    <message>
        <source>Put back the saved values of this record</source>
        <translation>恢復此記錄已儲存的內容</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>加入(&amp;A)...</translation>
    </message>
    <message>
        <source>Add an area, measure, official, agreement or annex</source>
        <translation>加入範疇、措施、官員、協議或附件</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>刪除所選記錄</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Export spreads&amp;heet...</source>
        <translation>匯出試算表(&amp;H)...</translation>
    </message>
    <message>
        <source>Move the selected record up its list</source>
        <translation>將所選記錄在清單中上移</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected record down its list</source>
        <translation>將所選記錄在清單中下移</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the tree to records containing words</source>
        <translation>篩選樹狀清單，只顯示包含字詞的記錄</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>全部展開(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>全部摺疊(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Catalogue</source>
        <translation>關於會議目錄(&amp;A)</translation>
    </message>
    <message>
        <source>Write the whole catalogue as an .xlsx workbook for Excel or LibreOffice, every cell kept as text</source>
        <translation>將整個目錄寫成可供 Excel 或 LibreOffice 使用的 .xlsx 活頁簿，每個儲存格均保留為文字</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Read the catalogue again from its file</source>
        <translation>從檔案重新讀取目錄</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Record &amp;history</source>
        <translation>記錄歷史(&amp;H)</translation>
    </message>
    <message>
        <source>Show the selected record&apos;s changes, or its fields again</source>
        <translation>顯示所選記錄的更改，或再次顯示其欄位</translation>
    </message>
    <message>
        <source>Recentl&amp;y Deleted...</source>
        <translation>最近刪除(&amp;Y)...</translation>
    </message>
    <message>
        <source>List deleted records and restore one with what went with it</source>
        <translation>列出已刪除的記錄，並連同一併刪除的內容還原其中一項</translation>
    </message>
    <message>
        <source>&amp;Activity...</source>
        <translation>活動紀錄(&amp;A)...</translation>
    </message>
    <message>
        <source>Every change to the catalogue, by officer, date and record type</source>
        <translation>按人員、日期及記錄類別列出目錄的每項更改</translation>
    </message>
    <message>
        <source>&amp;Officer name...</source>
        <translation>人員姓名(&amp;O)...</translation>
    </message>
    <message>
        <source>The name recorded with your changes</source>
        <translation>與您的更改一併記錄的姓名</translation>
    </message>
    <message>
        <source>New &amp;plenary...</source>
        <translation>新增全體會議(&amp;P)...</translation>
    </message>
    <message>
        <source>Start an empty plenary session of a conference, to fill in by hand</source>
        <translation>為會議建立一次空白的全體會議，以便人手填寫</translation>
    </message>
    <message>
        <source>&amp;Back up Now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>Back the catalogue up now, as it is saved (as catalogue backup does); Restore backup lists it</source>
        <translation>立即備份已儲存的目錄（與 catalogue backup 相同）；「還原備份」會列出此備份</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>復原{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n 個範疇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 項措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official(s)</source>
        <translation>
            <numerusform>%n 位官員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 項協議</numerusform>
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
        <translation>已取代</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
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
        <translation>正在檢查目錄；稍後便可儲存更改</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse, filter and export, but changes are switched off.</source>
        <translation>唯讀：{reason}。您可以瀏覽、篩選及匯出，但不能作出更改。</translation>
    </message>
    <message>
        <source>Checking the catalogue...</source>
        <translation>正在檢查目錄...</translation>
    </message>
    <message>
        <source>Catalogue - {name}</source>
        <translation>會議目錄 - {name}</translation>
    </message>
    <message>
        <source>Catalogue - {name} (read-only)</source>
        <translation>會議目錄 - {name}（唯讀）</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>已重新載入</translation>
    </message>
    <message>
        <source>The catalogue changed on disk: press F5 to reload</source>
        <translation>目錄檔案已在磁碟上更改：按 F5 重新載入</translation>
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
        <translation>合作範疇「{name}」</translation>
    </message>
    <message>
        <source>official {honorific} {name}</source>
        <translation>官員 {honorific} {name}</translation>
    </message>
    <message>
        <source>agreement ({numeral})</source>
        <translation>協議（{numeral}）</translation>
    </message>
    <message>
        <source>annex {number}</source>
        <translation>附件 {number}</translation>
    </message>
    <message>
        <source>{title}</source>
        <comment>a plenary named in a sentence</comment>
        <translation>全體會議「{title}」</translation>
    </message>
    <message>
        <source>the {name}</source>
        <translation>會議「{name}」</translation>
    </message>
    <message>
        <source>Official: {honorific} {name}</source>
        <translation>官員：{honorific} {name}</translation>
    </message>
    <message>
        <source>Co-operation area {position}: {name}</source>
        <translation>合作範疇 {position}：{name}</translation>
    </message>
    <message>
        <source>Plenary session: {title}</source>
        <translation>全體會議：{title}</translation>
    </message>
    <message>
        <source>Conference: {name}</source>
        <translation>會議：{name}</translation>
    </message>
    <message numerus="yes">
        <source>%n plenary session(s)</source>
        <translation>
            <numerusform>%n 次全體會議</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-operation area(s)</source>
        <translation>
            <numerusform>%n 個合作範疇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 項措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official(s)</source>
        <translation>
            <numerusform>%n 位官員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 項協議</numerusform>
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
            <numerusform>%n 個會議</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>編輯{what}</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>加入{what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>刪除{what}</translation>
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
        <translation>還原{what}</translation>
    </message>
    <message>
        <source>Restore {what} as of {when}</source>
        <translation>將{what}還原至 {when} 的狀態</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>復原{what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>重做{what}</translation>
    </message>
    <message>
        <source>Replace {title}</source>
        <translation>取代 {title}</translation>
    </message>
    <message>
        <source>New plenary</source>
        <translation>新增全體會議</translation>
    </message>
    <message>
        <source>Restore backup {name}</source>
        <translation>還原備份 {name}</translation>
    </message>
    <message>
        <source>Attach {name} to {owner}</source>
        <translation>將 {name} 附加到{owner}</translation>
    </message>
    <message>
        <source>Remove {name} from {owner}</source>
        <translation>從{owner}移除 {name}</translation>
    </message>
    <message>
        <source>Hong Kong SAR Government</source>
        <translation>香港特別行政區政府</translation>
    </message>
    <message>
        <source>Macao SAR Government</source>
        <translation>澳門特別行政區政府</translation>
    </message>
    <message>
        <source>Central authorities</source>
        <translation>中央有關部門</translation>
    </message>
    <message>
        <source>Led a delegation</source>
        <translation>率團</translation>
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
        <translation>{place}自治區人民政府</translation>
    </message>
    <message>
        <source>Import {title}</source>
        <translation>匯入 {title}</translation>
    </message>
</context>
<context>
    <name>NewPlenaryDialog</name>
    <message>
        <source>New plenary</source>
        <translation>新增全體會議</translation>
    </message>
    <message>
        <source>Co&amp;nference</source>
        <translation>會議(&amp;N)</translation>
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
        <translation>屆次(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地點(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add plenary</source>
        <translation>加入全體會議(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>未加入：{reason}</translation>
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
        <translation>重慶</translation>
    </message>
    <message>
        <source>Shenzhen</source>
        <translation>深圳</translation>
    </message>
    <message>
        <source>Guangzhou</source>
        <translation>廣州</translation>
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
        <translation>遼寧</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龍江</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江蘇</translation>
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
        <translation>山東</translation>
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
        <translation>廣東</translation>
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
        <translation>貴州</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>雲南</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陝西</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肅</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>內蒙古</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>廣西</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>寧夏</translation>
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
        <translation>資料夾</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1 檔案</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <source>that document no longer exists</source>
        <translation>該文件已不存在</translation>
    </message>
    <message>
        <source>{name} is not whole in the catalogue (its SHA-256 differs from when it was attached); restore a backup to get it back</source>
        <translation>{name} 在目錄中並不完整（其 SHA-256 與附加時不同）；請還原備份以取回該文件</translation>
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
        <translation>新聞公報所載日期並不存在（{month} {day}）</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：沒有此檔案</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>無法讀取 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a press release</source>
        <translation>{path} 是資料夾，不是新聞公報</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket): not a press release</source>
        <translation>{path} 不是一般檔案（而是裝置、管道或通訊端）：不是新聞公報</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} bytes: not a press release (they are under 30 KB)</source>
        <translation>{path} 大於 {limit} 位元組：不是新聞公報（新聞公報均小於 30 KB）</translation>
    </message>
    <message>
        <source>{path} is a binary file, not a press release</source>
        <translation>{path} 是二進位檔案，不是新聞公報</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} 不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters: not a press release (they are under 30 KB)</source>
        <translation>文本長於 {limit} 個字元：不是新聞公報（新聞公報均小於 30 KB）</translation>
    </message>
    <message>
        <source>the release gives two dates for the plenary: {first} and {second}</source>
        <translation>新聞公報為全體會議列出兩個日期：{first} 及 {second}</translation>
    </message>
    <message>
        <source>{name} is named twice differently: {first} and {second}</source>
        <translation>{name} 有兩個不同的寫法：{first} 及 {second}</translation>
    </message>
    <message>
        <source>the co-operation area {name} is listed twice</source>
        <translation>合作範疇 {name} 列出了兩次</translation>
    </message>
    <message>
        <source>agreement ({numeral}) is not a roman numeral Catalogue reads (at most {most} letters, well formed, such as xiv)</source>
        <translation>協議（{numeral}）不是會議目錄可讀取的羅馬數字（最多 {most} 個字母、格式正確，例如 xiv）</translation>
    </message>
    <message>
        <source>agreement {numeral} is out of order: expected {expected}</source>
        <translation>協議 {numeral} 次序不符：應為 {expected}</translation>
    </message>
    <message>
        <source>Annex {number} is said to hold both {first} and {second}</source>
        <translation>附件 {number} 被指同時載有 {first} 及 {second}</translation>
    </message>
    <message>
        <source>agreement ({numeral}) is said to be at Annex {first} and at Annex {second}</source>
        <translation>協議（{numeral}）被指同時載於附件 {first} 及附件 {second}</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>cannot create the folder for {path}: {error}</source>
        <translation>無法為 {path} 建立資料夾：{error}</translation>
    </message>
    <message>
        <source>another window or command is changing it</source>
        <translation>另一個視窗或指令正在更改它</translation>
    </message>
    <message>
        <source>Damaged catalogue</source>
        <translation>目錄已損壞</translation>
    </message>
    <message>
        <source>The catalogue {name} is damaged.</source>
        <translation>目錄 {name} 已損壞。</translation>
    </message>
    <message>
        <source>It has been left exactly as it is. Restore the newest good backup ({backup})? The damaged file is kept in the backups folder.</source>
        <translation>檔案已原封不動保留。要還原最新的完好備份（{backup}）嗎？損壞的檔案會保存在備份資料夾中。</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>還原備份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>It has been left exactly as it is, and there is no backup of it. Keep a copy of the file and ask for help.</source>
        <translation>檔案已原封不動保留，而且沒有備份。請保留檔案副本並尋求協助。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
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
        <translation>{path} 自 {since} 起正由 {app}（用戶 {user}，{host} 上的程序 {pid}）更改。</translation>
    </message>
    <message>
        <source>Catalogue in use</source>
        <translation>目錄使用中</translation>
    </message>
    <message>
        <source>This catalogue is already open for changes.</source>
        <translation>此目錄已在別處開啟，正在編輯。</translation>
    </message>
    <message>
        <source>Open it read-only? You can browse, search and export, but not change it.</source>
        <translation>要以唯讀方式開啟嗎？您可以瀏覽、搜尋及匯出，但不能更改。</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以唯讀方式開啟(&amp;R)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>before replace</source>
        <translation>取代前</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>升級前</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>還原前</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Backups of {name} are kept in {folder}. Restoring one first backs up the catalogue as it is now, so nothing is lost.</source>
        <translation>{name} 的備份保存在 {folder}。還原前會先備份目錄的現狀，因此不會遺失任何資料。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>尚未有備份。</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the database could not be changed: {detail}</source>
        <translation>無法更改資料庫：{detail}</translation>
    </message>
    <message>
        <source>the {field} of this {kind} was taken a moment ago by another officer&apos;s change; nothing was changed</source>
        <translation>此{kind}的{field}剛被另一位人員的更改佔用；沒有任何更改</translation>
    </message>
    <message>
        <source>the {title} is already catalogued (use --replace to replace it)</source>
        <translation>{title} 已編入目錄（使用 --replace 取代）</translation>
    </message>
    <message>
        <source>the release could not be stored: {error}</source>
        <translation>無法儲存新聞公報：{error}</translation>
    </message>
    <message>
        <source>the two governments of the {name} cannot be told from its name: give them (catalogue new-plenary --sides A B)</source>
        <translation>無法從名稱判斷 {name} 的兩地政府：請提供（catalogue new-plenary --sides A B）</translation>
    </message>
    <message>
        <source>the release cannot be stored: {problems}</source>
        <translation>無法儲存新聞公報：{problems}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 項）</translation>
    </message>
    <message>
        <source>unknown record type {kind!r}</source>
        <translation>不明的記錄類別 {kind!r}</translation>
    </message>
    <message>
        <source>{kind} has no field {name!r}</source>
        <translation>{kind}沒有欄位 {name!r}</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>必須填寫{label}</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}必須是整數</translation>
    </message>
    <message>
        <source>{label} must be between 1 and 1000000</source>
        <translation>{label}必須介乎 1 至 1000000</translation>
    </message>
    <message>
        <source>{label} must be a date like 2024-04-26</source>
        <translation>{label}必須是日期，例如 2024-04-26</translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long (%n character(s); at most {most})</source>
        <translation>
            <numerusform>{label}過長（%n 個字元；最多 {most} 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>the new release lacks what these documents are attached to: {lost}; nothing was replaced</source>
        <translation>新的新聞公報缺少這些文件所附屬的項目：{lost}；沒有取代任何內容</translation>
    </message>
    <message>
        <source>attach either a file or a web address</source>
        <translation>請附加檔案或網址，兩者選一</translation>
    </message>
    <message>
        <source>{name} changed while it was read; nothing was attached</source>
        <translation>{name} 在讀取期間有所更改；沒有附加任何內容</translation>
    </message>
    <message>
        <source>the bytes of {name} are not kept in this catalogue; nothing was restored</source>
        <translation>此目錄沒有保存 {name} 的內容；沒有還原任何內容</translation>
    </message>
    <message>
        <source>{name} was not stored whole; nothing was attached</source>
        <translation>{name} 未能完整儲存；沒有附加任何內容</translation>
    </message>
    <message>
        <source>{url} is already attached here; nothing was attached</source>
        <translation>{url} 已附加於此；沒有附加任何內容</translation>
    </message>
    <message>
        <source>{name} is already attached here as “{held}” (the same content); nothing was attached</source>
        <translation>{name} 已以「{held}」附加於此（內容相同）；沒有附加任何內容</translation>
    </message>
    <message>
        <source>documents can be attached to annexes and agreements only</source>
        <translation>文件只能附加到附件及協議</translation>
    </message>
    <message>
        <source>that document no longer exists</source>
        <translation>該文件已不存在</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}</source>
        <translation>{label}必須是以下其中之一：{choices}</translation>
    </message>
    <message>
        <source>{label} {value} is already used in this plenary</source>
        <translation>{label} {value} 已在此全體會議中使用</translation>
    </message>
    <message>
        <source>that annex is not in this plenary</source>
        <translation>該附件不屬於此全體會議</translation>
    </message>
    <message>
        <source>annex {number} already holds agreement ({numeral})</source>
        <translation>附件 {number} 已載有協議（{numeral}）</translation>
    </message>
    <message>
        <source>an area chosen is not in this plenary</source>
        <translation>所選的其中一個範疇不屬於此全體會議</translation>
    </message>
    <message>
        <source>a new {kind} needs a parent</source>
        <translation>新的{kind}需要上層記錄</translation>
    </message>
    <message>
        <source>the {conference} already has plenary {ordinal}: {title}</source>
        <translation>{conference} 已有第 {ordinal} 次全體會議：{title}</translation>
    </message>
    <message>
        <source>a conference named {name} is already catalogued</source>
        <translation>名為 {name} 的會議已編入目錄</translation>
    </message>
    <message>
        <source>the two sides must be different governments</source>
        <translation>兩方必須是不同的政府</translation>
    </message>
    <message>
        <source>officials of its plenaries are on the side {sides}: change them first</source>
        <translation>其全體會議中有官員屬於 {sides} 方：請先更改這些官員</translation>
    </message>
    <message>
        <source>that {kind} no longer exists</source>
        <translation>該{kind}已不存在</translation>
    </message>
    <message>
        <source>a {kind} cannot be added here</source>
        <translation>不能在此加入{kind}</translation>
    </message>
    <message>
        <source>a {kind} cannot be deleted here</source>
        <translation>不能在此刪除{kind}</translation>
    </message>
    <message>
        <source>the {name} still has plenaries: delete them first</source>
        <translation>{name} 仍有全體會議：請先刪除</translation>
    </message>
    <message>
        <source>the {name} is already catalogued with the sides {a} and {b}</source>
        <translation>{name} 已編入目錄，兩方為 {a} 及 {b}</translation>
    </message>
    <message>
        <source>a {kind} cannot be moved</source>
        <translation>{kind}不能移動</translation>
    </message>
    <message>
        <source>it cannot move further</source>
        <translation>無法再移動</translation>
    </message>
    <message>
        <source>the change was refused by the database: {error}</source>
        <translation>資料庫拒絕了更改：{error}</translation>
    </message>
    <message>
        <source>someone else changed this {kind} since it was opened; nothing was saved</source>
        <translation>開啟此{kind}後已有其他人作出更改；未有儲存任何內容</translation>
    </message>
    <message>
        <source>{officer} changed this {kind} at {when} UTC ({label}) since it was opened; nothing was saved</source>
        <translation>開啟此{kind}後，{officer} 已於 {when} UTC 作出更改（{label}）；未有儲存任何內容</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} 不是資料夾</translation>
    </message>
    <message>
        <source>the copy did not match the catalogue</source>
        <translation>副本與目錄不符</translation>
    </message>
    <message>
        <source>cannot back up {path}: {error}</source>
        <translation>無法備份 {path}：{error}</translation>
    </message>
    <message>
        <source>cannot restore {backup}: it is the catalogue itself, not one of its backups; nothing was changed</source>
        <translation>無法還原 {backup}：它是目錄本身，不是其備份；沒有任何更改</translation>
    </message>
    <message>
        <source>cannot restore {backup}: {error}</source>
        <translation>無法還原 {backup}：{error}</translation>
    </message>
    <message>
        <source>{path}: a restore was stopped before it put the backup in place; the catalogue is as it was, its latest changes put back</source>
        <translation>{path}：一次還原在放入備份前被中止；目錄保持原狀，最近的更改已放回</translation>
    </message>
    <message>
        <source>{path}: a restore was stopped just after putting the backup in place; it is finished now (the catalogue as it was is its newest before-restore backup)</source>
        <translation>{path}：一次還原在放入備份後隨即被中止；現已完成（原來的目錄是其最新的還原前備份）</translation>
    </message>
    <message>
        <source>cannot open {path}: {error}</source>
        <translation>無法開啟 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Catalogue database</source>
        <translation>{path} 是資料夾，不是會議目錄資料庫</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>it is no longer a Catalogue database</source>
        <translation>它已不再是會議目錄資料庫</translation>
    </message>
    <message>
        <source>{path} is not a Catalogue database</source>
        <translation>{path} 不是會議目錄資料庫</translation>
    </message>
    <message>
        <source>{path} is not a Catalogue database (not an SQLite file)</source>
        <translation>{path} 不是會議目錄資料庫（不是 SQLite 檔案）</translation>
    </message>
    <message>
        <source>restore the newest good backup ({name})</source>
        <translation>還原最新的完好備份（{name}）</translation>
    </message>
    <message>
        <source>no backup of it exists</source>
        <translation>沒有備份</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was left untouched; {advice}</source>
        <translation>{path} 已損壞（{detail}）；檔案保持原狀；{advice}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Catalogue (schema {revision}); this version reads up to {head}: install the newer version</source>
        <translation>{path} 由較新版本的會議目錄建立（結構版本 {revision}）；此版本最高只能讀取 {head}：請安裝較新版本</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>檔案是唯讀的</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>其所在資料夾是唯讀的</translation>
    </message>
    <message>
        <source>{path} could not be read: {detail}</source>
        <translation>無法讀取 {path}：{detail}</translation>
    </message>
    <message>
        <source>--db is empty: give the catalogue&apos;s file name (or leave --db out for your own catalogue)</source>
        <translation>--db 是空的：請提供目錄的檔案名稱（或不用 --db，以開啟你自己的目錄）</translation>
    </message>
    <message>
        <source>a PostgreSQL server address was given, but this works on a catalogue file only: give the catalogue&apos;s file name</source>
        <translation>提供了 PostgreSQL 伺服器地址，但此操作只適用於目錄檔案：請提供目錄的檔案名稱</translation>
    </message>
    <message>
        <source>{path}: no home folder is known for {user}</source>
        <translation>{path}：不知道 {user} 的主資料夾</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe, device or socket): give the catalogue&apos;s file name</source>
        <translation>{path} 不是檔案（而是管道、裝置或通訊端）：請提供目錄的檔案名稱</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which does not exist (is its drive connected?)</source>
        <translation>{path} 是指向 {target} 的連結，但目標不存在（其磁碟機是否已連接？）</translation>
    </message>
    <message>
        <source>{path} cannot be followed: {error}</source>
        <translation>無法跟隨 {path}：{error}</translation>
    </message>
    <message>
        <source>cannot lock {path}: {error}</source>
        <translation>無法鎖定 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is being changed by another Catalogue window or command, which has not said who it is</source>
        <translation>{path} 正由另一個會議目錄視窗或指令更改，對方沒有表明身分</translation>
    </message>
    <message>
        <source>{path} is being changed by {app} (user {user}, process {pid} on {host}, since {since})</source>
        <translation>{path} 正由 {app} 更改（用戶 {user}，{host} 上的程序 {pid}，自 {since} 起）</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this version&apos;s format but cannot be written ({reason})</source>
        <translation>{path} 需要升級至此版本的格式，但無法寫入（{reason}）</translation>
    </message>
    <message>
        <source>cannot upgrade {path} to this version&apos;s format: the disk is full ({free} free in {folder}; the upgrade needs about {needed}: a backup of the catalogue and room to rewrite it); nothing was changed: free some space and open it again</source>
        <translation>無法將 {path} 升級至此版本的格式：磁碟已滿（{folder} 尚餘 {free}；升級約需 {needed}：目錄的一份備份及重寫目錄的空間）；沒有任何更改：請騰出空間後再開啟</translation>
    </message>
    <message>
        <source>upgrading {path} broke its links; nothing was changed</source>
        <translation>升級 {path} 時損壞了其連結；沒有任何更改</translation>
    </message>
    <message>
        <source>{address} is not a server address: {error}</source>
        <translation>{address} 不是伺服器地址：{error}</translation>
    </message>
    <message>
        <source>{address}: {detail}</source>
        <translation>{address}：{detail}</translation>
    </message>
    <message>
        <source>{address}: the server is PostgreSQL {version}; Catalogue needs 14 or newer</source>
        <translation>{address}：伺服器是 PostgreSQL {version}；會議目錄需要 14 或更新的版本</translation>
    </message>
    <message>
        <source>{address}: the database must be UTF-8 with a Unicode character type (it is {encoding}, {ctype}), or search would not see Chinese; create it with: {command}</source>
        <translation>{address}：資料庫必須是 UTF-8 並使用 Unicode 字元類型（現為 {encoding}、{ctype}），否則搜尋會看不見中文；請以此指令建立：{command}</translation>
    </message>
    <message>
        <source>the database holds other tables and no catalogue: give an empty database, or one made by Catalogue</source>
        <translation>資料庫載有其他資料表而沒有目錄：請提供空白資料庫，或由會議目錄建立的資料庫</translation>
    </message>
    <message>
        <source>the server is a read-only standby</source>
        <translation>伺服器是唯讀的備用伺服器</translation>
    </message>
    <message>
        <source>the role {user} may only read this catalogue</source>
        <translation>角色 {user} 只可讀取此目錄</translation>
    </message>
    <message>
        <source>{address} is being made or upgraded by another connection (waited {seconds} s); nothing was changed: try again when it is done</source>
        <translation>{address} 正由另一個連線建立或升級（已等候 {seconds} 秒）；沒有任何更改：請在完成後再試</translation>
    </message>
    <message>
        <source>{address} was made by a newer version of Catalogue (schema {revision}); this version reads up to {head}: install the newer version</source>
        <translation>{address} 由較新版本的會議目錄建立（結構版本 {revision}）；此版本最高只能讀取 {head}：請安裝較新版本</translation>
    </message>
    <message>
        <source>{address} already holds a catalogue: copy into an empty database</source>
        <translation>{address} 已載有目錄：請複製到空白資料庫</translation>
    </message>
    <message>
        <source>{address} holds no catalogue</source>
        <translation>{address} 沒有目錄</translation>
    </message>
    <message>
        <source>{address} needs its catalogue {made} but cannot be written ({reason})</source>
        <translation>{address} 的目錄需要{made}，但無法寫入（{reason}）</translation>
    </message>
    <message>
        <source>made</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>以唯讀方式開啟</translation>
    </message>
    <message>
        <source>{address} needs its catalogue upgraded, but another connection is using the catalogue (waited {seconds} s); nothing was changed: try again when it is closed</source>
        <translation>{address} 的目錄需要升級，但另一個連線正在使用目錄（已等候 {seconds} 秒）；沒有任何更改：請在該連線關閉後再試</translation>
    </message>
    <message>
        <source>{address}: only the database&apos;s owner ({owner}, or a role in it) may restore a backup over the team catalogue; {user} is not</source>
        <translation>{address}：只有資料庫的擁有者（{owner}，或屬於該角色者）可以把備份還原到團隊目錄上；{user} 不是</translation>
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
        <translation>無法為 {path} 建立資料夾：{error}</translation>
    </message>
    <message>
        <source>cannot create {path}: {error}</source>
        <translation>無法建立 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is not a plenary press release: {reason}</source>
        <translation>{path} 不是全體會議新聞公報：{reason}</translation>
    </message>
    <message>
        <source>Date: {date}    Place: {place}</source>
        <translation>日期：{date}    地點：{place}</translation>
    </message>
    <message>
        <source>Replaces the {title} already catalogued with:</source>
        <translation>取代已編入目錄的 {title}，改為：</translation>
    </message>
    <message>
        <source>Adds:</source>
        <translation>加入：</translation>
    </message>
    <message>
        <source>The tree it adds:</source>
        <translation>加入的樹狀結構：</translation>
    </message>
    <message>
        <source> [Annex {number}]</source>
        <translation> [附件 {number}]</translation>
    </message>
    <message>
        <source>Read as remarks, not catalogued: {where}</source>
        <translation>視作備註，不編入目錄：{where}</translation>
    </message>
    <message numerus="yes">
        <source>Not placed in any record: %n paragraph(s) (add what they say by hand after the import):</source>
        <translation>
            <numerusform>未能歸入任何記錄：%n 個段落（請在匯入後以人手加入其內容）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paragraph was placed.</source>
        <translation>每個段落都已歸入。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the release could not be placed in any record: see them with --dry-run, or import anyway with --allow-unplaced</source>
        <translation>
            <numerusform>新聞公報中有 %n 個段落未能歸入任何記錄：請以 --dry-run 查看，或以 --allow-unplaced 仍然匯入</numerusform>
        </translation>
    </message>
    <message>
        <source>the {title} is already catalogued (use --replace to replace it)</source>
        <translation>{title} 已編入目錄（使用 --replace 以取代）</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>changing it</source>
        <translation>更改目錄</translation>
    </message>
    <message>
        <source>no conference is named {name!r}; the conferences are: {names}</source>
        <translation>沒有名為 {name!r} 的會議；現有會議為：{names}</translation>
    </message>
    <message>
        <source>{name!r} names several conferences: {names}</source>
        <translation>{name!r} 符合多個會議：{names}</translation>
    </message>
    <message>
        <source>the {conference} has no plenary {ordinal}</source>
        <translation>{conference} 沒有第 {ordinal} 次全體會議</translation>
    </message>
    <message>
        <source>no plenary has the ordinal {ordinal}</source>
        <translation>沒有屆次為 {ordinal} 的全體會議</translation>
    </message>
    <message>
        <source>plenary {ordinal} is in several conferences ({names}): give --conference too</source>
        <translation>多個會議（{names}）都有第 {ordinal} 次全體會議：請同時使用 --conference</translation>
    </message>
    <message>
        <source>{out} is a database, not a CSV file: export writes a new CSV file, give another name</source>
        <translation>{out} 是資料庫，不是 CSV 檔案：匯出會寫入新的 CSV 檔案，請提供其他名稱</translation>
    </message>
    <message>
        <source>{path}: no such backup</source>
        <translation>{path}：沒有此備份</translation>
    </message>
    <message>
        <source>{folder} holds too many files named like {name}</source>
        <translation>{folder} 中名稱與 {name} 相似的檔案太多</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} 是檔案，不是資料夾</translation>
    </message>
    <message>
        <source>cannot make the folder {folder}: {error}</source>
        <translation>無法建立資料夾 {folder}：{error}</translation>
    </message>
    <message>
        <source>cannot write into {folder}: {error}; nothing was exported</source>
        <translation>無法寫入 {folder}：{error}；沒有匯出任何檔案</translation>
    </message>
    <message>
        <source>{address}: {task} needs write rights; {reason}</source>
        <translation>{address}：{task}需要寫入權限；{reason}</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>the restored catalogue on {address} differs from {backup}; nothing was changed</source>
        <translation>{address} 上還原的目錄與 {backup} 不同；沒有作出任何更改</translation>
    </message>
    <message>
        <source>{path} already exists: copy into a new file</source>
        <translation>{path} 已存在：請複製到新檔案</translation>
    </message>
    <message>
        <source>the copy in {destination} differs from {source}; nothing was kept</source>
        <translation>{destination} 中的副本與 {source} 不同；沒有保留任何內容</translation>
    </message>
    <message>
        <source>{path} was made by another program while this copy was written: nothing was copied into it</source>
        <translation>寫入這份副本期間，另一個程式建立了 {path}：沒有複製任何內容到該檔案</translation>
    </message>
</context>
</TS>
