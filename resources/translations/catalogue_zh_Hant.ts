<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
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
        <source>{area} ({measures})</source>
        <translation>{area}（{measures}）</translation>
    </message>
    <message>
        <source>{areas} with {measures}</source>
        <translation>{areas}，共{measures}</translation>
    </message>
    <message>
        <source>{counted} in the {plenary}.</source>
        <translation>{plenary}共有{counted}。</translation>
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
        <source>the catalogue database (default: $CATALOGUE_DB, else the per-user app-data folder); created from the bundled press release if it does not exist</source>
        <translation>目錄資料庫（預設：$CATALOGUE_DB，否則為用戶的應用程式資料資料夾）；如不存在，會從隨附的新聞公報建立</translation>
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
        <source>words to look for</source>
        <translation>要搜尋的字詞</translation>
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
        <source>how many records (default 100000)</source>
        <translation>記錄數目（預設 100000）</translation>
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
        <source>a file from the backups folder</source>
        <translation>備份資料夾中的一個檔案</translation>
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
        <source>interrupted after the import was saved</source>
        <translation>匯入已儲存後中斷</translation>
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
            <numerusform>%n 項記錄符合</numerusform>
        </translation>
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
        <source>Generating</source>
        <translation>正在產生</translation>
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
        <source>Restored {path} from {backup}</source>
        <translation>已從 {backup} 還原 {path}</translation>
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
        <translation> 您可以按 Ctrl+Z 復原。</translation>
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
        <source>Added to the plenary at the end of its list.</source>
        <translation>已加到全體會議清單的末尾。</translation>
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
    <message>
        <source>Undone: {what}</source>
        <translation>已復原：{what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln matching record(s): add words to narrow the search</source>
        <translation>
            <numerusform>顯示 %Ln 項符合記錄中的 {shown} 項：加入字詞以收窄搜尋範圍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match</source>
        <translation>
            <numerusform>%n 項記錄符合</numerusform>
        </translation>
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
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
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
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>內容(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Honorific</source>
        <translation>稱謂(&amp;H)</translation>
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
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes to this record (Ctrl+S)</source>
        <translation>儲存對此記錄的更改（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>還原(&amp;R)</translation>
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
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>語言備註</translation>
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
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Restored {backup}; the catalogue as it was is saved as {saved}</source>
        <translation>已還原 {backup}；原來的目錄已儲存為 {saved}</translation>
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
        <source>{shown} of %Ln matching record(s) shown: add words to narrow the search.</source>
        <translation>
            <numerusform>已顯示 %Ln 項符合記錄中的 {shown} 項：加入字詞以收窄搜尋範圍。</numerusform>
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
    <name>Importer</name>
    <message>
        <source>Date of the plenary</source>
        <translation>全體會議日期</translation>
    </message>
    <message>
        <source>The press release for the {title} gives the day but not the year. When was the plenary held?</source>
        <translation>{title}的新聞公報只寫了日子，沒有年份。全體會議在何時舉行？</translation>
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
        <translation>{title}已編入目錄。</translation>
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
        <translation>正在匯入{title}...</translation>
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
        <translation>還原記錄(&amp;V)</translation>
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
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
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
        <source>Export &amp;spreadsheet...</source>
        <translation>匯出試算表(&amp;S)...</translation>
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
    <name>Release</name>
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
        <source>agreement ({numeral}) is out of order: expected ({expected})</source>
        <translation>協議（{numeral}）次序不符：應為（{expected}）</translation>
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
        <source>the {title} is already catalogued (use --replace to replace it)</source>
        <translation>{title}已編入目錄（使用 --replace 取代）</translation>
    </message>
    <message>
        <source>the release could not be stored: {error}</source>
        <translation>無法儲存新聞公報：{error}</translation>
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
        <source>{label} must be one of: {choices}</source>
        <translation>{label}必須是以下其中之一：{choices}</translation>
    </message>
    <message>
        <source>{label} {value} is already used in this plenary</source>
        <translation>{label} {value} 已在此全體會議中使用</translation>
    </message>
    <message>
        <source>that plenary is already catalogued</source>
        <translation>該全體會議已編入目錄</translation>
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
        <source>cannot restore {backup}: {error}</source>
        <translation>無法還原 {backup}：{error}</translation>
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
        <source>a PostgreSQL server address was given: database servers are not supported yet, give the catalogue&apos;s file name</source>
        <translation>提供了 PostgreSQL 伺服器位址：暫不支援資料庫伺服器，請提供目錄的檔案名稱</translation>
    </message>
    <message>
        <source>{path}: no home folder is known for {user}</source>
        <translation>{path}：不知道 {user} 的主資料夾</translation>
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
        <source>upgrading {path} broke its links; nothing was changed</source>
        <translation>升級 {path} 時損壞了其連結；沒有任何更改</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>{out} is a database, not a CSV file: export writes a new CSV file, give another name</source>
        <translation>{out} 是資料庫，不是 CSV 檔案：匯出會寫入新的 CSV 檔案，請提供其他名稱</translation>
    </message>
    <message>
        <source>{path}: no such backup</source>
        <translation>{path}：沒有此備份</translation>
    </message>
</context>
</TS>
