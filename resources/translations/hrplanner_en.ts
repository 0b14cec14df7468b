<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_TW">
<context>
    <name>App</name>
    <message>
        <location filename="../../hrplanner/app.py" line="+145"/>
        <source>資料庫：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>資料庫已升級</source>
        <translation>Database upgraded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>資料庫結構已更新；更新前的備份存於 %1</source>
        <translation>The database structure was updated; a backup made before the update is in %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法開啟資料庫 %1。

原因：%2</source>
        <translation>Cannot open the database %1.

Reason: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1

要改為開啟另一個資料庫檔案嗎？</source>
        <translation>%1

Open another database file instead?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>無法開啟資料庫</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇資料庫檔案</source>
        <translation>Choose a database file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>還原失敗</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>還原完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已由 %1 還原資料庫。</source>
        <translation>The database was restored from %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridWidget</name>
    <message>
        <location filename="../../hrplanner/ui/training/attendance_grid.py" line="+338"/>
        <source>全部出席</source>
        <translation>All present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只填入尚未登錄的格子；請假與缺課不會被覆蓋</source>
        <translation>Fills only cells not yet entered; leave and absences are never overwritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部完成</source>
        <translation>Mark All Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>數位課程：將所有正取人員標記為已完成</source>
        <translation>Online class: mark every enrolled person as completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>結訓…</source>
        <translation>Close class…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>重新開啟</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>無法登錄完成</source>
        <translation>Cannot Record Completion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>數位課程依完成與否核給時數：勾選「完成」欄，或按「全部完成」。</source>
        <translation>Online classes credit hours on completion: tick the &quot;Completed&quot; column, or press &quot;Mark All Completed&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按鍵：1 出席&#x3000;2 請假&#x3000;3 缺課&#x3000;Delete 清除；F2 或雙擊可輸入請假時數（如 1.5）。</source>
        <translation>Keys: 1 present, 2 on leave, 3 absent, Delete clears; F2 or double-click to type leave hours (e.g. 1.5).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已結訓</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>數位課程：已完成 %1／%2 人，結訓時依完成與否核給時數</source>
        <translation>Online class: %1 of %2 completed; hours are credited on completion when the class is closed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>尚有 %1 格未登錄</source>
        <translation>%1 cells not yet entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出席紀錄已完整，可以結訓</source>
        <translation>Attendance complete: the class can be closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；%1 人已無法取得時數</source>
        <translation>; %1 can no longer earn hours</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+11"/>
        <source>無法登錄出席</source>
        <translation>Cannot record attendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已填入 %1 格出席</source>
        <translation>%1 cells marked present</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>班期 %1 已結訓：%2 人取得時數，%3 人未取得。</source>
        <translation>Class %1 closed: %2 earned hours, %3 did not.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 張研習證明書需要重新檢查。</source>
        <translation>%1 certificates need to be reviewed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>結訓</source>
        <translation>Close class</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>尚無法結訓</source>
        <translation>The class cannot be closed yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>重新開啟後可修改出席紀錄；時數在再次結訓前不列入統計。確定重新開啟？</source>
        <translation>After reopening, attendance can be corrected; the hours do not count until the class is closed again. Reopen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>無法重新開啟</source>
        <translation>Cannot reopen</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../hrplanner/ui/calendar/page.py" line="+102"/>
        <source>備註，如「凱米颱風停止上班」</source>
        <translation>Note, e.g. &quot;Office closed for Typhoon Gaemi&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>設為停止上班</source>
        <translation>Set as Day Off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>設為上班日</source>
        <translation>Set as Working Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除自訂設定</source>
        <translation>Remove Manual Setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入官方辦公日曆…</source>
        <translation>Import Official Office Calendar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>說明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;span style=&apos;background:#fde2e1&apos;&gt;&#x3000;國定假日&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#ffe0b2&apos;&gt;&#x3000;官方辦公日曆&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#e1bee7&apos;&gt;&#x3000;手動設定&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#d6eaf8&apos;&gt;&#x3000;補行上班&#x3000;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde2e1&apos;&gt;&amp;nbsp;National holiday&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffe0b2&apos;&gt;&amp;nbsp;Official office calendar&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e1bee7&apos;&gt;&amp;nbsp;Manual setting&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#d6eaf8&apos;&gt;&amp;nbsp;Make-up working day&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 年 %2 月的假日與調整</source>
        <translation>Holidays and changes in %2/%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>內建日曆</source>
        <translation>Built-in calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官方辦公日曆</source>
        <translation>Official office calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手動</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+44"/>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>上班</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上班日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&#x3000;手動設定</source>
        <translation>  Manual setting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&#x3000;依官方辦公日曆</source>
        <translation>  From the official office calendar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>無法設定</source>
        <translation>Cannot Set the Day</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>無法移除</source>
        <translation>Cannot Remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>選擇官方辦公日曆表（CSV）</source>
        <translation>Choose the Official Office Calendar (CSV)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>匯入完成</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>匯入失敗，未寫入任何資料</source>
        <translation>Import failed; nothing was written</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="+125"/>
        <source>班期代碼</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部狀態</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>作廢…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查核完成</source>
        <translation>Review Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出席在核發後有變動的證書（待查）：確認後改以目前的學習時數為準，編號不變</source>
        <translation>Certificates whose attendance changed after issue (to review): once confirmed, the current learning hours apply; the number stays the same</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯出清冊…</source>
        <translation>Export Register…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>列印本班…</source>
        <translation>Print This Class…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>共 %n 張</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>，其中 %n 張待查</source>
        <translation>
            <numerusform>, %n to review</numerusform>
            <numerusform>, %n to review</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>確定要作廢 %1（%2，%3）的研習證明書 %4？
編號會保留在清冊中標示為作廢，不會再使用。</source>
        <translation>Void certificate %4 of %1 (%2, %3)?
The number stays in the register marked as void and is never used again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>作廢證書</source>
        <translation>Void Certificate</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>證書清冊</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+3"/>
        <source>匯出證書清冊</source>
        <translation>Export Certificate Register</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>已匯出 %n 筆證書至 %1</source>
        <translation>
            <numerusform>Exported %n certificate to %1</numerusform>
            <numerusform>Exported %n certificates to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../hrplanner/ui/training/class_dialog.py" line="+58"/>
        <source>新增班期</source>
        <translation>New class</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯班期</source>
        <translation>Edit class</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>空白表示不限</source>
        <translation>blank = unlimited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：113/03/05</source>
        <translation>e.g. 113/03/05</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>班期代碼</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課程名稱</source>
        <translation>Course title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>類別</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辦理方式</source>
        <translation>Organising</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學習性質</source>
        <translation>Delivery mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地點</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>講座</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名額</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報名截止日</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>請假上限</source>
        <translation>Leave limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課程代碼</source>
        <translation>Portal code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>備註</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結束</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學習類別</source>
        <translation>Learning topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>供餐</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>新增場次</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除場次</source>
        <translation>Remove session</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>日期可輸入民國年（如 113/3/5）；時數空白時依開始與結束時間計算。</source>
        <translation>Dates may be typed as ROC dates (e.g. 113/3/5); blank hours are taken from the start and end times.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>場次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>共 %1 場，%2 小時</source>
        <translation>%1 sessions, %2 hours</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>無法儲存班期</source>
        <translation>Cannot save the class</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <location filename="../../hrplanner/ui/training/classes_page.py" line="+80"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>搜尋班期代碼或課程名稱</source>
        <translation>Search class code or title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增班期…</source>
        <translation>New class…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複製到下一年度</source>
        <translation>Copy to next year</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <location line="+95"/>
        <source>取消班期</source>
        <translation>Cancel class</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>報名</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席與結訓</source>
        <translation>Attendance and closing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>共 %n 個班期</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>恢復班期</source>
        <translation>Restore class</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>請在上方選擇一個班期。</source>
        <translation>Choose a class above.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&#x3000;%3&#x3000;%4 場，%5 小時&#x3000;%6</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;  %3  %4 sessions, %5 hours  %6</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>無法開啟班期</source>
        <translation>Cannot open the class</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>將「%1 %2」複製為下一年度的班期「%3」（場次日期延後一年，不含報名）？</source>
        <translation>Copy &quot;%1 %2&quot; as next year&apos;s class &quot;%3&quot; (sessions one year later, no enrollments)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>複製班期</source>
        <translation>Copy class</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法複製班期</source>
        <translation>Cannot copy the class</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>確定取消班期「%1 %2」？</source>
        <translation>Cancel the class &quot;%1 %2&quot;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>無法取消班期</source>
        <translation>Cannot cancel the class</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../hrplanner/ui/shell/crash.py" line="+189"/>
        <source>HR Planner 發生了未預期的錯誤，剛才的操作可能沒有完成。

錯誤訊息：%1

詳細的紀錄已寫入：
%2

請將這個檔案寄給貴單位的資訊人員，並說明當時正在做什麼。您可以繼續使用；若同樣的錯誤一再出現，請重新啟動程式。</source>
        <translation>HR Planner ran into an unexpected error; what you were doing may not have been completed.

Error: %1

The details were written to:
%2

Please send that file to your IT contact and say what you were doing at the time. You can keep working; if the same error keeps coming back, restart the program.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HR Planner 發生了未預期的錯誤，剛才的操作可能沒有完成。

錯誤訊息：%1

紀錄檔 %2 無法寫入。請將這個視窗截圖，寄給貴單位的資訊人員，並說明當時正在做什麼。</source>
        <translation>HR Planner ran into an unexpected error; what you were doing may not have been completed.

Error: %1

The log file %2 could not be written. Please take a screenshot of this window, send it to your IT contact and say what you were doing at the time.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>發生未預期的錯誤</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../hrplanner/ui/training/enrollment_panel.py" line="+273"/>
        <source>報名資料：%1</source>
        <translation>Enrollment: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>選擇…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>主管已同意</source>
        <translation>Approved by supervisor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>職務代理人</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主管同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用餐</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備註</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>選擇職務代理人</source>
        <translation>Choose a deputy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>無法儲存報名資料</source>
        <translation>Cannot save the enrollment</translation>
    </message>
</context>
<context>
    <name>EnrollmentPanel</name>
    <message>
        <location line="-246"/>
        <source>新增報名…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>取消報名</source>
        <translation>Cancel enrollment</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>遞補…</source>
        <translation>Substitute…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代理人／主管同意／用餐…</source>
        <translation>Deputy / approval / meal…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>不限</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名額 %1&#x3000;正取 %2&#x3000;備取 %3</source>
        <translation>Capacity %1  enrolled %2  waitlisted %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>本班期沒有供餐場次。</source>
        <translation>No session of this class serves meals.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 %1 場（%2）：%3</source>
        <translation>Session %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>用餐人數&#x3000;</source>
        <translation>Meals  </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>新增報名：選擇人員</source>
        <translation>Enroll: choose people</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>無法報名</source>
        <translation>Cannot enroll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已報名 %1 人：正取 %2 人，備取 %3 人。</source>
        <translation>%1 enrolled: %2 with a seat, %3 waitlisted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>備取：</source>
        <translation>Waitlisted: </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>時間重疊提醒：</source>
        <translation>Overlapping sessions:</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>報名完成</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確定取消 %1 的報名？</source>
        <translation>Cancel the enrollment of %1?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>無法取消報名</source>
        <translation>Cannot cancel the enrollment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 的報名已取消。</source>
        <translation>The enrollment of %1 was cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班期已開始，備取人員不自動遞補。</source>
        <translation>The class has started: nobody is promoted from the waitlist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消報名</source>
        <translation>Enrollment cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>遞補 %1：選擇遞補人員</source>
        <translation>Substitute %1: choose the new person</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法遞補</source>
        <translation>Cannot substitute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 已遞補 %2 的名額。</source>
        <translation>%1 took over the seat of %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>遞補完成</source>
        <translation>Substituted</translation>
    </message>
</context>
<context>
    <name>ExternalDialog</name>
    <message>
        <location filename="../../hrplanner/ui/hours/external_dialog.py" line="+49"/>
        <source>新增外部時數</source>
        <translation>Add External Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯外部時數</source>
        <translation>Edit External Hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>選擇人員…</source>
        <translation>Choose Person…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>學習結束日期，例：115/05/20</source>
        <translation>Date the learning ended, e.g. 115/05/20</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：2 或 1.5</source>
        <translation>e.g. 2 or 1.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>例：e等公務園+</source>
        <translation>e.g. an e-learning portal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>人員</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課程名稱</source>
        <translation>Course title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學習類別</source>
        <translation>Learning topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學習性質</source>
        <translation>Delivery mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>選擇人員</source>
        <translation>Choose a Person</translation>
    </message>
</context>
<context>
    <name>ExternalPage</name>
    <message>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+112"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜尋姓名或員工編號</source>
        <translation>Search name or employee no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>編輯…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入外部時數…</source>
        <translation>Import External Hours…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>外部時數計入學習結束日期所在的年度。</source>
        <translation>External hours count toward the year in which the learning ended.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>無法讀取外部時數</source>
        <translation>Cannot Read External Hours</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>共 %n 筆，合計 %1 小時</source>
        <translation>
            <numerusform>%n record, %1 hours in all</numerusform>
            <numerusform>%n records, %1 hours in all</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>刪除 %1（%2）的外部時數「%3」（%4 小時）？</source>
        <translation>Delete the external hours &quot;%3&quot; (%4 h) of %1 (%2)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>刪除外部時數</source>
        <translation>Delete External Hours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>無法刪除</source>
        <translation>Cannot Delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯入外部時數</source>
        <translation>Import External Hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>外部時數匯入範本.xlsx</source>
        <translation>external-hours-import-template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇外部時數檔案</source>
        <translation>Choose an External Hours File</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../hrplanner/ui/hours/page.py" line="+141"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只列未達成</source>
        <translation>Not met only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只列超過120小時</source>
        <translation>Over 120 h only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>時數規定…</source>
        <translation>Hour Requirements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檢視或修改各人員類別的年度學習時數規定</source>
        <translation>View or change the yearly learning-hour requirements of each staff category</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>學習時數</source>
        <translation>Learning hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新進人員</source>
        <translation>New hires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>全部單位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>無法讀取學習時數</source>
        <translation>Cannot read the learning hours</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>共 %n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>達成率：—</source>
        <translation>Compliance: —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 年度達成率：%2%（目標 80%）</source>
        <translation>Compliance in year %1: %2% (target 80%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 年度應受初任訓練的公務人員 %2 人（含前年度到職仍未受訓者），</source>
        <translation>Civil servants due for initial training in %1: %2 (including earlier hires not yet trained); </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚待初任訓練 %1 人，其中逾期 %2 人（報到後 4 個月內須完成）。</source>
        <translation>%1 still to be trained, %2 of them overdue (due within 4 months of reporting for duty).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>無法讀取學習紀錄</source>
        <translation>Cannot read the learning records</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../hrplanner/ui/shell/import_dialog.py" line="+78"/>
        <source>匯入人員</source>
        <translation>Import Staff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>選擇 .xlsx 或 .csv 檔案</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>選擇檔案…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下載匯入範本…</source>
        <translation>Save Import Template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先按「試算」檢查檔案；沒有問題才能匯入。</source>
        <translation>Press &quot;Dry Run&quot; to check the file first; it can be imported only when no problem is found.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>取消試算</source>
        <translation>Cancel Dry Run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>試算</source>
        <translation>Dry Run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>選擇人員資料檔</source>
        <translation>Choose a Staff File</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>儲存匯入範本</source>
        <translation>Save Import Template</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>人員匯入範本.xlsx</source>
        <translation>staff-import-template.xlsx</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法儲存範本</source>
        <translation>Cannot Save the Template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>範本已儲存</source>
        <translation>Template Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匯入範本已儲存至 %1</source>
        <translation>The import template was saved to %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>試算中…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匯入中…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已取消試算。</source>
        <translation>Dry run cancelled.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>新增 %n 筆</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>更新 %n 筆</source>
        <translation>
            <numerusform>%n record updated</numerusform>
            <numerusform>%n records updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>未變更 %n 筆</source>
        <translation>
            <numerusform>%n record unchanged</numerusform>
            <numerusform>%n records unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>新增 %n 人</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>更新 %n 人</source>
        <translation>
            <numerusform>%n person updated</numerusform>
            <numerusform>%n people updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>未變更 %n 人</source>
        <translation>
            <numerusform>%n person unchanged</numerusform>
            <numerusform>%n people unchanged</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1：%2、%3、%4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>試算結果</source>
        <translation>Dry run result</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>匯入完成</source>
        <translation>Import complete</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>檔案有 %n 個問題，未匯入任何資料；請修正後再試算。</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported. Correct it and run the dry run again.</numerusform>
            <numerusform>The file has %n problems; nothing was imported. Correct them and run the dry run again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>無法讀取檔案：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrplanner/ui/shell/main_window.py" line="+55"/>
        <source>HR Planner 人事訓練考核管理</source>
        <translation>HR Planner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在開啟資料庫…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>就緒</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>檔案(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入人員…</source>
        <translation>Import Staff…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下載匯入範本…</source>
        <translation>Save Import Template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備份資料庫…</source>
        <translation>Back Up Database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>還原資料庫…</source>
        <translation>Restore Database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結束</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>設定(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>機關設定…</source>
        <translation>Agency Settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>介面語言</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>說明(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>關於 HR Planner</source>
        <translation>About HR Planner</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>此頁面無法開啟：%1</source>
        <translation>This page cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>機關設定已儲存</source>
        <translation>Agency settings saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>備份資料庫</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hrplanner-備份.db</source>
        <translation>hrplanner-backup.db</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>已備份至 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>備份完成</source>
        <translation>Backup Complete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>備份失敗</source>
        <translation>Backup Failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇要還原的備份檔</source>
        <translation>Choose the Backup to Restore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>還原資料庫</source>
        <translation>Restore Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>以備份檔 %1 取代目前的資料庫？目前的資料庫會先另存一份到備份資料夾。</source>
        <translation>Replace the current database with the backup %1? A copy of the current database is saved to the backup folder first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>介面語言將於下次啟動 HR Planner 時套用。</source>
        <translation>The interface language will change the next time HR Planner starts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HR Planner 人事訓練考核管理 %1
人事室的人員名冊、訓練、學習時數與考核。</source>
        <translation>HR Planner %1
Staff roster, training, learning hours and appraisals for the personnel office.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../hrplanner/ui/shell/pages.py" line="+68"/>
        <source>人員名冊</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>訓練班期</source>
        <translation>Training classes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>學習時數</source>
        <translation>Learning hours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>外部時數</source>
        <translation>External hours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>證書清冊</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>報表匯出</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>辦公日曆</source>
        <translation>Office calendar</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../hrplanner/ui/shell/pdf_preview.py" line="+41"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location line="+22"/>
        <source>預覽列印</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>無法開啟 PDF 檔「%1」</source>
        <translation>Cannot open the PDF file &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>上一頁</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一頁</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>縮小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>符合寬度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整頁</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存 PDF…</source>
        <translation>Save PDF As…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>／共 %1 頁</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>無法開始列印，請確認印表機設定</source>
        <translation>Cannot start printing; check the printer settings</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>另存 PDF</source>
        <translation>Save PDF As</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無法儲存「%1」：%2</source>
        <translation>Cannot save &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../hrplanner/ui/shell/people_picker.py" line="+45"/>
        <source>選擇人員</source>
        <translation>Choose people</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>全部單位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>全部類別</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>搜尋姓名或員工編號</source>
        <translation>Search name or employee no.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>全選</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>已選 %1 人（共 %2 人）</source>
        <translation>%1 selected (of %2)</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../hrplanner/ui/training/print_actions.py" line="+50"/>
        <source>簽到表…</source>
        <translation>Sign-in Sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>研習證明書…</source>
        <translation>Certificates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>班期成績冊</source>
        <translation>Class Record</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+92"/>
        <source>滿意度調查表</source>
        <translation>Satisfaction Questionnaire</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+16"/>
        <source>列印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+22"/>
        <source>簽到表</source>
        <translation>Sign-in Sheet</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>全部場次（共 %1 場）</source>
        <translation>All sessions (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 %1 場&#x3000;%2</source>
        <translation>Session %1  %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>列印簽到表</source>
        <translation>Print Sign-in Sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要列印哪一場的簽到表？</source>
        <translation>Which session&apos;s sign-in sheet?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>合併成一個 PDF（預覽後列印）</source>
        <translation>One combined PDF (preview, then print)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每人一個 PDF 檔（存到資料夾）</source>
        <translation>One PDF file per person (saved to a folder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <location line="+6"/>
        <source>研習證明書</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>證明書要如何產生？</source>
        <translation>How should the certificates be produced?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>證明書存放的資料夾</source>
        <translation>Folder for the Certificates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>研習證明書 %1／%2</source>
        <translation>Certificate %1 of %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已產生 %1 個研習證明書檔案，存於 %2</source>
        <translation>%1 certificate files were written to %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>正在產生%1…</source>
        <translation>Producing the %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+27"/>
        <source>無法列印%1</source>
        <translation>Cannot print the %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>要現在選擇一個 TrueType 中文字型檔（.ttf 或 .ttc）再列印一次嗎？</source>
        <translation>Choose a Chinese TrueType font file (.ttf or .ttc) now and print again?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>選擇列印字型</source>
        <translation>Choose the print font</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>「%1」不是 TrueType 字型檔（.ttf 或 .ttc）；.otf 等字型無法內嵌於 PDF。</source>
        <translation>“%1” is not a TrueType font file (.ttf or .ttc); .otf and similar fonts cannot be embedded in a PDF.</translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <location filename="../../hrplanner/ui/settings/print_tab.py" line="+51"/>
        <source>序號</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職稱</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>簽到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>簽退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用餐</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備註</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身分證字號(遮蔽)</source>
        <translation>ID number (masked)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>課程名稱</source>
        <translation>Course title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>研習期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>機關全銜</source>
        <translation>Full agency name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長職稱</source>
        <translation>Title of the head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長姓名</source>
        <translation>Name of the head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>證書字號</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>自選字型</source>
        <translation>your font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows 字型</source>
        <translation>Windows font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系統字型</source>
        <translation>system font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>內附字型</source>
        <translation>bundled font</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>列印時使用：%1（%2：%3）</source>
        <translation>Printing uses: %1 (%2: %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TrueType 字型 (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>圖檔 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>自動（標楷體、系統字型或內附字型）</source>
        <translation>Automatic (DFKai-SB, a system font or the bundled font)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>列印字型</source>
        <translation>Print font</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>字型檔</source>
        <translation>Font file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>橫式列印</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 列</source>
        <translation> rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留給臨時報名者手寫的空白列；不會單獨佔用一頁</source>
        <translation>Blank rows for walk-ins to write in; they never take a page of their own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>簽到表</source>
        <translation>Sign-in Sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>欄位</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>空白列</source>
        <translation>Blank rows</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>可用欄位：{roc_year} 民國年、{year} 西元年、{seq} 流水號（{seq:04d} 補足四位）</source>
        <translation>Fields: {roc_year} ROC year, {year} Western year, {seq} serial number ({seq:04d} pads it to four digits)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>空白表示使用預設文字。可用欄位：%1</source>
        <translation>Leave empty for the default wording. Fields: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不加印信</source>
        <translation>No seal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>研習證明書</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>證書字號格式</source>
        <translation>Number format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>證明書文字</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>印信圖檔</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>選擇列印字型</source>
        <translation>Choose the print font</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇印信圖檔</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>請選擇 TrueType 字型檔（.ttf 或 .ttc）；.otf 等字型無法內嵌於 PDF。</source>
        <translation>Choose a TrueType font file (.ttf or .ttc); .otf and similar fonts cannot be embedded in a PDF.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：%1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>簽到表至少要有「姓名」與「簽到」兩欄</source>
        <translation>A sign-in sheet needs at least the Name and Sign in columns</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>證書字號格式需含流水號 {seq}（例如 {seq:04d}），否則每張證書字號都相同</source>
        <translation>The number format needs the serial number {seq} (e.g. {seq:04d}); otherwise every certificate gets the same number</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>印信圖檔需為 PNG 或 JPG 檔</source>
        <translation>The seal image must be a PNG or JPG file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到印信圖檔「%1」</source>
        <translation>Seal image “%1” not found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>無法讀取印信圖檔「%1」，檔案可能已損壞</source>
        <translation>Cannot read the seal image “%1”; the file may be damaged</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../hrplanner/ui/shell/widgets.py" line="+63"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>欄</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>問題</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../hrplanner/ui/shell/prompts.py" line="+60"/>
        <source>試算表 (*.xlsx *.csv);;Excel 活頁簿 (*.xlsx);;CSV 檔 (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HR Planner 資料庫 (*.db);;所有檔案 (*)</source>
        <translation>HR Planner databases (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../hrplanner/ui/hours/page.py" line="+21"/>
        <source>%1（%2）%3 年度學習紀錄</source>
        <translation>%1 (%2): learning records of year %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>總時數 %1 小時&#x3000;%2&#x3000;%3</source>
        <translation>Total %1 hours  %2  %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已達成</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚缺 %1 小時</source>
        <translation>%1 hours short</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../hrplanner/ui/exports/page.py" line="+93"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>班期</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>匯出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>取消匯出</source>
        <translation>Cancel Export</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>依序列出欄位，以逗號分隔；改名請寫「原名=新名」，如「課程代碼=課程編號」。</source>
        <translation>List the columns in order, separated by commas; to rename one write &quot;name=new name&quot;, e.g. &quot;課程代碼=課程編號&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 列標題</source>
        <translation>1 header row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 列（加欄位說明）</source>
        <translation>2 rows (with column notes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每人每班一列</source>
        <translation>One row per person and class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依學習類別分列</source>
        <translation>One row per learning topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每人每班一列時，學習類別取該班時數最多的類別；分列則每個學習類別一列。</source>
        <translation>With one row per person and class, the learning topic is the class&apos;s topic with the most hours; otherwise each learning topic gets its own row.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>儲存格式</source>
        <translation>Save Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>時數登錄檔欄位</source>
        <translation>Portal upload file columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯出 Excel 報表</source>
        <translation>Export Excel Report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>下載範本…</source>
        <translation>Save Template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入線上報名表…</source>
        <translation>Import Online Sign-up Form…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+219"/>
        <source>下載匯入範本</source>
        <translation>Save Import Template</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>登錄期限</source>
        <translation>Registration due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>說明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <source>標記已登錄</source>
        <translation>Mark as Registered</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>登錄日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待登錄終身學習時數的班期</source>
        <translation>Classes whose learning hours await registration on the portal</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>（不指定班期）</source>
        <translation>(no class)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>無法儲存時數登錄檔格式</source>
        <translation>Cannot Save the Upload File Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>時數登錄檔格式已儲存。</source>
        <translation>The upload file format was saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待登錄</source>
        <translation>To register</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>待登錄 %1 班，其中逾期 %2 班。</source>
        <translation>%1 classes to register, %2 of them overdue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>請先選擇班期。</source>
        <translation>Choose a class first.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>匯出中：%1…</source>
        <translation>Exporting: %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 已匯出至 %2</source>
        <translation>%1 exported to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已取消匯出，未留下檔案。</source>
        <translation>Export cancelled; no file was left behind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>無法匯出</source>
        <translation>Cannot Export</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已產生「%1」匯入範本：%2</source>
        <translation>Import template &quot;%1&quot; written: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>線上報名表已匯入：%1</source>
        <translation>Online sign-up form imported: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>請先在清單中選擇班期。</source>
        <translation>Choose a class in the list first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>無法標記已登錄</source>
        <translation>Cannot Mark as Registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>班期 %1 已標記於 %2 登錄時數</source>
        <translation>Class %1 marked as registered on %2</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../hrplanner/ui/hours/rules_dialog.py" line="+72"/>
        <source>學習時數規定</source>
        <translation>Learning Hour Requirements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> 年度起</source>
        <translation> onwards</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：20</source>
        <translation>e.g. 20</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>類別名稱</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最低時數</source>
        <translation>Minimum hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>包含的學習類別</source>
        <translation>Topics included</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>新的學習類別，例：資訊安全</source>
        <translation>New learning topic, e.g. Information security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加入清單</source>
        <translation>Add to List</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增類別</source>
        <translation>Add Group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除類別</source>
        <translation>Remove Group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>儲存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>刪除此規定</source>
        <translation>Delete This Rule</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>既有規定</source>
        <translation>Existing rules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>人員類別與起始年度</source>
        <translation>Staff category and first year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全年最低時數</source>
        <translation>Yearly minimum hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>時數類別（每一類別的學習類別時數合計須達最低時數）</source>
        <translation>Hour groups (the hours of each group&apos;s topics together must reach its minimum)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>（選擇以開啟）</source>
        <translation>(select to open)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1：%2 年度起</source>
        <translation>%1: from %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>已儲存的規定，自 %1 年度起適用。</source>
        <translation>Saved rule, applying from %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>此類別尚無自 %1 年度起的規定；儲存後自該年度起適用。</source>
        <translation>This category has no rule starting in %1; once saved, it applies from that year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>此類別尚無自 %1 年度起的規定，以下取自目前適用的規定；儲存後自該年度起適用。</source>
        <translation>This category has no rule starting in %1; below is the rule now in force. Once saved, it applies from that year.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>「%1」包含的學習類別</source>
        <translation>Topics included in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先選擇一個時數類別</source>
        <translation>Choose an hour group first</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>已儲存：%1 自 %2 年度起適用。</source>
        <translation>Saved: %1 applies from %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>刪除時數規定</source>
        <translation>Delete Hour Requirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除 %1 自 %2 年度起的時數規定？之後改適用較早的規定（若有）。</source>
        <translation>Delete the requirement of %1 starting in %2? The earlier rule (if any) applies instead.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrplanner/ui/settings/dialog.py" line="+48"/>
        <source>機關設定</source>
        <translation>Agency Settings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>機關</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訓練與時數</source>
        <translation>Training and Hours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>列印與證書</source>
        <translation>Printing and Certificates</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>機關全銜</source>
        <translation>Full agency name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>機關簡稱</source>
        <translation>Short agency name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長職稱</source>
        <translation>Title of the head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長姓名</source>
        <translation>Name of the head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編制內預算員額</source>
        <translation>Budgeted headcount</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>介面語言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期顯示</source>
        <translation>Date display</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>請假未逾上限者：學習時數為課程時數扣除請假時數，或給予課程全部時數</source>
        <translation>For people whose leave stays within the limit: credit the class hours minus the leave, or the full class hours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>此類別的班期視為新進人員的初任訓練</source>
        <translation>Classes of this category count as new hires&apos; initial training</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>時數登錄期限（結訓後）</source>
        <translation>Hours registration deadline (after the class)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>初任人員訓練類別</source>
        <translation>Initial training category</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>學習時數須於結訓後幾個工作天內登錄終身學習入口網站（依政府行政機關辦公日曆，含補行上班日）。匯出日期為 Excel 日期時，可在 Excel 中排序與計算。</source>
        <translation>Credited hours must be registered on the lifelong learning portal within this many working days after the class ends (government office calendar, make-up workdays included). Excel dates can be sorted and calculated in Excel.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>例：新竹市政府</source>
        <translation>e.g. Hsinchu City Government</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用於計算每年可進修人數上限（預算員額的十分之一，至少 1 人）</source>
        <translation>Used for the yearly limit of people in study programmes (one tenth of the budgeted headcount, at least 1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>民國紀年（109/03/05）</source>
        <translation>ROC calendar (109/03/05)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>西元（2020-03-05）</source>
        <translation>Gregorian (2020-03-05)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>介面語言與日期顯示於下次啟動時套用。</source>
        <translation>The interface language and date display change the next time the program starts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>依實際出席時數</source>
        <translation>Hours actually attended</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>符合資格給全部時數</source>
        <translation>Full class hours when eligible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> 個工作天</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>民國文字（109/03/05）</source>
        <translation>ROC text (109/03/05)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 日期</source>
        <translation>Excel dates</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>學習時數認列</source>
        <translation>Credited hours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>匯出日期</source>
        <translation>Exported dates</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>請填寫機關全銜（印在簽到表與證明書上）</source>
        <translation>Enter the full agency name (it is printed on sign-in sheets and certificates)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>編制內預算員額需為 0 以上的整數，例如 120</source>
        <translation>The budgeted headcount must be a whole number of 0 or more, e.g. 120</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../hrplanner/ui/training/signup_dialog.py" line="+62"/>
        <source>匯入線上報名表</source>
        <translation>Import Online Sign-up Form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇線上表單匯出的 .xlsx 或 .csv 檔</source>
        <translation>Choose the .xlsx or .csv file exported from the online form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇檔案…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（依檔案中的「班期代碼」欄）</source>
        <translation>(from the file&apos;s &quot;班期代碼&quot; column)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>檔案欄位</source>
        <translation>File column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>對應到報名欄位</source>
        <translation>Enrollment field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第一筆內容</source>
        <translation>First value</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>列</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班期代碼</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報名時間</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>問題</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可匯入的報名</source>
        <translation>Enrollments to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>選擇檔案並確認欄位對應後，按「試算」檢查；沒有問題才能匯入。</source>
        <translation>Choose a file and check the column mapping, then press &quot;Dry Run&quot;; it can be imported only when no problem is found.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>試算</source>
        <translation>Dry Run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>檔案</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>報名班期</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>欄位對應（與標準欄名相同者已自動對應；上次的選擇會被記住）</source>
        <translation>Column mapping (columns named like the standard ones are matched automatically; your last choices are remembered)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>選擇線上報名表</source>
        <translation>Choose the Online Sign-up Form</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法讀取檔案</source>
        <translation>Cannot Read the File</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（不匯入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>試算中…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>有 %1 個問題，未匯入任何資料；可匯入 %2 筆。請修正檔案或欄位對應後再試算。</source>
        <translation>%1 problems; nothing was imported (%2 rows could be). Correct the file or the mapping and run the dry run again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>檔案中沒有任何報名資料。</source>
        <translation>The file holds no enrollments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>沒有問題：將報名 %1 人。按「匯入」寫入。</source>
        <translation>No problems: %1 people will be enrolled. Press &quot;Import&quot; to write them.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>匯入完成</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已報名 %1 人。</source>
        <translation>%1 people enrolled.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未匯入任何資料：%1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../hrplanner/ui/staff/dialog.py" line="+45"/>
        <source>編輯人員</source>
        <translation>Edit Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增人員</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身分證字號</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職稱</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人員類別</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官等</source>
        <translation>Rank group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到職日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電子郵件</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用餐</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在職狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：109/03/05 或 2020-03-05</source>
        <translation>e.g. 109/03/05 or 2020-03-05</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>擔任主管職務</source>
        <translation>Holds a supervisory post</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>資料已被他人變更</source>
        <translation>Changed by Someone Else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在您編輯期間，這位人員的資料已被其他人修改或刪除。您的修改沒有儲存；請關閉此視窗，重新開啟後再編輯。</source>
        <translation>While you were editing, someone else changed or deleted this person. Your changes were not saved; close this window and open the person again to edit.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../hrplanner/ui/staff/model.py" line="+62"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職稱</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人員類別</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官等</source>
        <translation>Rank group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身分證字號</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>到職日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>在職狀態</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../hrplanner/ui/staff/page.py" line="+47"/>
        <source>搜尋姓名或員工編號</source>
        <translation>Search name or employee no.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用（離職…）</source>
        <translation>Deactivate (Leave…)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>全部單位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部類別</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部狀態</source>
        <translation>All statuses</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>共 %n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>找不到人員</source>
        <translation>Person Not Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>這位人員已被其他人刪除，清單將重新整理。</source>
        <translation>Someone else deleted this person; the list will be refreshed.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>變更在職狀態</source>
        <translation>Change Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>將 %1 的在職狀態改為：</source>
        <translation>New status for %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法變更在職狀態</source>
        <translation>Cannot Change the Status</translation>
    </message>
</context>
<context>
    <name>TrainingImports</name>
    <message>
        <location filename="../../hrplanner/ui/training/imports.py" line="+31"/>
        <source>匯入班期</source>
        <translation>Import classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班期匯入範本.xlsx</source>
        <translation>class import template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇班期檔案（工作表：班期、場次）</source>
        <translation>Choose a class workbook (sheets 班期 and 場次)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入報名</source>
        <translation>Import enrollments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>報名匯入範本.xlsx</source>
        <translation>enrollment import template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇報名檔案</source>
        <translation>Choose an enrollment file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入出席</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出席匯入範本.xlsx</source>
        <translation>attendance import template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇出席檔案</source>
        <translation>Choose an attendance file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班期與場次…</source>
        <translation>Classes and sessions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報名…</source>
        <translation>Enrollments…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>匯入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>TrainingModels</name>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="+90"/>
        <source>發生未預期的錯誤：%1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="-238"/>
        <source>證書編號</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+134"/>
        <location line="+140"/>
        <source>班期代碼</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="-225"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-139"/>
        <location line="+140"/>
        <source>課程名稱</source>
        <translation>Course title</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>核發日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>作廢日期</source>
        <translation>Voided on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>目前時數</source>
        <translation>Current hours</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-139"/>
        <source>類別</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辦理方式</source>
        <translation>Organising</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>開始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>結束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="-23"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+7"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-128"/>
        <location line="+133"/>
        <source>時數</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-127"/>
        <source>正取/名額</source>
        <translation>Enrolled/capacity</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="+13"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="-227"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+6"/>
        <location line="+33"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-20"/>
        <source>備取 %1</source>
        <translation>Waitlist %1</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="-10"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="-14"/>
        <location filename="../../hrplanner/ui/training/attendance_grid.py" line="-265"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+10"/>
        <location line="+39"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="-26"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+1"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/attendance_grid.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-34"/>
        <location line="+35"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+1"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/attendance_grid.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-32"/>
        <location line="+33"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-29"/>
        <source>報名時間</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>職務代理人</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主管同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>用餐</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備註</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>人員類別</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>總時數</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>達成</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>尚缺時數</source>
        <translation>Hours short</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+15"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+25"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+15"/>
        <source>學習類別</source>
        <translation>Learning topic</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+3"/>
        <source>學習性質</source>
        <translation>Delivery mode</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/attendance_grid.py" line="-60"/>
        <source>時數 %1</source>
        <translation>Hours %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>無法取得時數：%1</source>
        <translation>Cannot earn hours: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>未登錄</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>第 %1 場</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 小時</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>請假時數</source>
        <translation>Leave hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數／警示</source>
        <translation>Hours / warning</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/hours/page.py" line="-10"/>
        <source>已受訓</source>
        <translation>Trained</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待受訓</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>到職日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>訓練期限</source>
        <translation>Training due</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/exports/page.py" line="+33"/>
        <source>登錄期限</source>
        <translation>Registration due</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../hrplanner/ui/staff/model.py" line="-48"/>
        <source>在職</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留職停薪</source>
        <translation>Unpaid leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>離職</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>葷</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>素</source>
        <translation>Vegetarian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不用餐</source>
        <translation>No meal</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-331"/>
        <source>正取</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備取</source>
        <translation>Waitlisted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>請假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺課</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>規劃中</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報名中</source>
        <translation>Open for registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已結訓</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登錄時數</source>
        <translation>Hours registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自辦</source>
        <translation>In-house</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委辦</source>
        <translation>Commissioned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>薦送</source>
        <translation>Sent out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實體</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>數位</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>混成</source>
        <translation>Blended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未請假缺課</source>
        <translation>Absent without leave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班期</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外部</source>
        <translation>External</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>請假逾三分之一</source>
        <translation>leave over one third</translation>
    </message>
</context>
<context>
    <name>_FilePicker</name>
    <message>
        <location filename="../../hrplanner/ui/settings/print_tab.py" line="-255"/>
        <source>選擇…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
</context>
</TS>
