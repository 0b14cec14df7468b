<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_TW">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="+215"/>
        <source>新增具體作法</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯具體作法</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：103年5月~104年4月、每年4月、8月、持續辦理</source>
        <translation>e.g. 103年5月~104年4月, 每年4月、8月, 持續辦理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>作法編號</source>
        <translation>Action no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>具體作法</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辦理期程</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>績效指標</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>推動單位</source>
        <translation>Promoting unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實施單位</source>
        <translation>Implementing unit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法判讀，保留原文：</source>
        <translation>Not understood, kept as written: </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../hrplanner/ui/shell/actions.py" line="+111"/>
        <source>這一頁沒有可列印的表單。簽到表、證明書與成績冊在「訓練班期」頁列印，考核表單在「平時考核」與「年終考績」頁列印。</source>
        <translation>This page has no form to print. Sign-in sheets, certificates and class rosters are printed on the Training classes page, appraisal forms on the Interim appraisal and Year-end appraisal pages.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已重新整理</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>新增班期…</source>
        <translation>New Class…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟「訓練班期」頁並新增一個班期</source>
        <translation>Opens the Training classes page and adds a class</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>尋找人員</source>
        <translation>Find Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟「人員名冊」頁，游標移到搜尋欄（姓名或員工編號）</source>
        <translation>Opens the Staff page with the cursor in the search box (name or employee number)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>列印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>列印本頁的主要表單：訓練班期頁為所選班期的簽到表，證書清冊頁為研習證明書，考核頁為紀錄表或考績清冊，計畫頁為執行成果報告或 KPI 報表</source>
        <translation>Prints the page&apos;s main form: the selected class&apos;s sign-in sheets on Training classes, its certificates on Certificate register, the forms or the appraisal list on the appraisal pages, the results report or the KPI report on the plan pages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>匯出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯出本頁的 Excel 報表；本頁沒有匯出功能時開啟「報表匯出」頁</source>
        <translation>Exports the page&apos;s Excel report; on a page without one, opens the Reports page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>重新整理</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重新讀取本頁的資料（例如同事在共用資料庫上修改之後）</source>
        <translation>Reads the page&apos;s data again (for example after a colleague changed them on a shared database)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>使用說明</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟使用說明中關於本頁的章節</source>
        <translation>Opens the user guide at the chapter about the page on screen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>鍵盤快速鍵</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>列出所有鍵盤快速鍵</source>
        <translation>Lists every keyboard shortcut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>結束</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>關閉 HR Planner</source>
        <translation>Closes HR Planner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>前往「%1」頁</source>
        <translation>Go to the %1 page</translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="+143"/>
        <source>KPI %1：%2 年度實際值</source>
        <translation>KPI %1: actual of year %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（未訂目標值）</source>
        <translation>(no target)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例：75%、19、3場次</source>
        <translation>e.g. 75%, 19, 3場次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>指標名稱</source>
        <translation>KPI name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目標值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實際值</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>資料來源：%1（按「計算實績」可由資料重新計算）</source>
        <translation>Source: %1 (Compute actuals recomputes it from the data)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>落後原因</source>
        <translation>Reason for shortfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>因應策略</source>
        <translation>Countermeasure</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../hrplanner/ui/home/first_run.py" line="+46"/>
        <source>機關資料</source>
        <translation>The agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>這些資料印在簽到表、研習證明書與各式表單上；之後可在「設定 → 機關設定」修改。</source>
        <translation>These are printed on sign-in sheets, certificates and the other forms; change them later in Settings → Agency settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：臺北市政府人事處</source>
        <translation>e.g. 臺北市政府人事處</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>每年部分辦公時間及全時進修的名額為其十分之一（至少 1 人）</source>
        <translation>Each year a tenth of it (at least 1) may study part-time in office hours or full-time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>機關</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學校（另辦教師成績考核）</source>
        <translation>School (also appraises its teachers)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>機關全銜</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>簡稱</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長職稱</source>
        <translation>Head&apos;s title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長姓名</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編制內預算員額</source>
        <translation>Budgeted headcount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>機關類型</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hrplanner/app.py" line="+173"/>
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
        <location line="+34"/>
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
    <name>Appraisal</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/common.py" line="+93"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未開辦）</source>
        <translation> (not opened)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>匯入平時考核</source>
        <translation>Import interim appraisals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>平時考核匯入範本.xlsx</source>
        <translation>interim-appraisal-template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇平時考核檔案</source>
        <translation>Choose an interim appraisal file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入考績</source>
        <translation>Import year-end appraisals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>考績匯入範本.xlsx</source>
        <translation>appraisal-template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇考績檔案</source>
        <translation>Choose an appraisal file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入獎懲</source>
        <translation>Import rewards and penalties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>獎懲匯入範本.xlsx</source>
        <translation>rewards-template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇獎懲檔案</source>
        <translation>Choose a rewards and penalties file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入差勤統計</source>
        <translation>Import leave summaries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差勤統計匯入範本.xlsx</source>
        <translation>leave-summary-template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇差勤統計檔案</source>
        <translation>Choose a leave summary file</translation>
    </message>
</context>
<context>
    <name>AppraisalSettingsTab</name>
    <message>
        <location filename="../../hrplanner/ui/settings/appraisal_tab.py" line="+72"/>
        <source>機關</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>學校（另辦教師成績考核）</source>
        <translation>School (also runs the teachers&apos; appraisal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>另辦第 3 期平時考核（9 月至 12 月）</source>
        <translation>Keep a 3rd interim period (September–December)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 月至 8 月的日期屬於次年，例如 01-31 為次年 1 月 31 日</source>
        <translation>Dates in January–August fall in the following year, e.g. 01-31 is 31 January of the next year</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>機關類型</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考核的人員類別（以逗號分隔）</source>
        <translation>Staff categories appraised (separated by commas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 1 期截止（月-日）</source>
        <translation>Period 1 due (MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 2 期截止（月-日）</source>
        <translation>Period 2 due (MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年終考績完成日期（月-日）</source>
        <translation>Year-end appraisals due (MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各官等甲等比例上限</source>
        <translation>Limit of grade A per rank group</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>平時考核項目（* 為主管人員）／等級</source>
        <translation>Interim items (* = supervisors only) / levels</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>請至少填一個人員類別，例如公務人員</source>
        <translation>Enter at least one staff category, e.g. 公務人員</translation>
    </message>
</context>
<context>
    <name>AttendanceGridWidget</name>
    <message>
        <location filename="../../hrplanner/ui/training/attendance_grid.py" line="+116"/>
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
        <location line="+283"/>
        <source>重新開啟</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>無法登錄完成</source>
        <translation>Cannot record completion</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>數位課程依完成與否核給時數：勾選「完成」欄，或按「全部完成」。</source>
        <translation>Online classes credit hours on completion: tick the &quot;Completed&quot; column, or press &quot;Mark All Completed&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按鍵：1 出席&#x3000;2 請假&#x3000;3 缺課&#x3000;Delete 清除；F2 或雙擊可輸入請假時數（如 1.5）。</source>
        <translation>Keys: 1 present, 2 on leave, 3 absent, Delete clears; F2 or double-click to type leave hours (e.g. 1.5).</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="-69"/>
        <location line="+93"/>
        <location line="+43"/>
        <source>無法登錄出席</source>
        <translation>Cannot record attendance</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>已填入 %1 格出席</source>
        <translation>%1 cells marked present</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>確定將班期結訓？結訓後依出席紀錄核給 %n 人的時數，出席紀錄不能再修改。</source>
        <translation>
            <numerusform>Close the class? The hours of %n person are credited from the attendance records, which can then no longer be changed.</numerusform>
            <numerusform>Close the class? The hours of %n people are credited from the attendance records, which can then no longer be changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>班期 %1 已結訓：%2 人取得時數，%3 人未取得。</source>
        <translation>Class %1 closed: %2 earned hours, %3 did not.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 張研習證明書需要重新檢查。</source>
        <translation>%1 certificates need to be reviewed.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+36"/>
        <source>結訓</source>
        <translation>Close class</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>尚無法結訓</source>
        <translation>The class cannot be closed yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>重新開啟後可修改出席紀錄；時數在再次結訓前不列入統計。確定重新開啟？</source>
        <translation>After reopening, attendance can be corrected; the hours do not count until the class is closed again. Reopen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>無法重新開啟</source>
        <translation>Cannot reopen</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../hrplanner/ui/survey/chart.py" line="+72"/>
        <source>平均 %1</source>
        <translation>Mean %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../hrplanner/ui/calendar/page.py" line="+134"/>
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
        <location line="-45"/>
        <source>上一年</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上個月</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下個月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一年</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1年%2月</source>
        <translation>%3 %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1的假日與調整</source>
        <translation>Holidays and changes in %1</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+6"/>
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
        <location filename="../../hrplanner/ui/certificates/page.py" line="+131"/>
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
        <location line="+29"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
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
        <location line="+40"/>
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
        <location line="+14"/>
        <source>證書清冊_%1年度.xlsx</source>
        <translation>certificate-register-%1.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>證書清冊_全部.xlsx</source>
        <translation>certificate-register-all-years.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+205"/>
        <source>名額</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+210"/>
        <source>報名截止日</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+217"/>
        <source>請假上限</source>
        <translation>Leave limit</translation>
    </message>
    <message>
        <location line="-216"/>
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
        <location line="+10"/>
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
        <location line="+205"/>
        <source>場次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>共 %1 場，%2 小時</source>
        <translation>%1 sessions, %2 hours</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>名額「%1」須為整數</source>
        <translation>The capacity must be a whole number, got &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>請假上限「%1」須為分數，如 1/3</source>
        <translation>The leave limit must be a fraction such as 1/3, got &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>第 %1 場：%2</source>
        <translation>Session %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>無法儲存班期</source>
        <translation>Cannot save the class</translation>
    </message>
</context>
<context>
    <name>ClassPickerDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="-100"/>
        <source>連結班期</source>
        <translation>Linked classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班期代碼或課程名稱</source>
        <translation>Class code or title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>班期代碼</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>課程名稱</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>結訓日</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已結訓</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未結訓</source>
        <translation>Not closed</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <location filename="../../hrplanner/ui/training/classes_page.py" line="+89"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>全部班期</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待登錄時數</source>
        <translation>Hours to register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本週上課</source>
        <translation>Meeting this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待核發證書</source>
        <translation>Certificates to issue</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+237"/>
        <location line="+105"/>
        <source>取消班期</source>
        <translation>Cancel class</translation>
    </message>
    <message>
        <location line="-341"/>
        <location line="+369"/>
        <source>標記已登錄</source>
        <translation>Mark as Registered</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>將選取的已結訓班期標記為今天已在終身學習入口網站登錄時數（可多選）</source>
        <translation>Mark the selected closed classes as registered on the lifelong-learning portal today (several can be selected)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>報名</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席與結訓</source>
        <translation>Attendance and closing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>滿意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>共 %n 個班期</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>恢復班期</source>
        <translation>Restore class</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>請在上方選擇一個班期。</source>
        <translation>Choose a class above.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&#x3000;%3&#x3000;%4 場，%5 小時&#x3000;%6</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;  %3  %4 sessions, %5 hours  %6</translation>
    </message>
    <message>
        <location line="+44"/>
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
    <message numerus="yes">
        <location line="+11"/>
        <source>將 %n 個班期標記為已於 %1 登錄終身學習時數？</source>
        <translation>
            <numerusform>Mark %n class as having its hours registered on %1?</numerusform>
            <numerusform>Mark %n classes as having their hours registered on %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>無法標記已登錄</source>
        <translation>Cannot Mark as Registered</translation>
    </message>
</context>
<context>
    <name>CodeTablesDialog</name>
    <message>
        <location filename="../../hrplanner/ui/exports/portal_widgets.py" line="+145"/>
        <source>時數登錄檔代碼表</source>
        <translation>Portal File Code Tables</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>課程類別代碼（班期類別或學習類別）</source>
        <translation>Class category codes (class category or learning topic)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>班期類別或學習類別</source>
        <translation>Class category or learning topic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上課縣市（地點開頭的縣市；「%1」為其他地點）</source>
        <translation>Class location (the city a location starts with; &quot;%1&quot; for other places)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>縣市</source>
        <translation>City or county</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>班期的類別先查，查不到再依學習類別（時數多者優先）。查不到的代碼會在匯出時提醒。</source>
        <translation>A class&apos;s category is looked up first, then its learning topics (the most hours first). Codes that cannot be found are named when exporting.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>無法儲存代碼表</source>
        <translation>Cannot save the code tables</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <location filename="../../hrplanner/ui/shell/column_mapping.py" line="+34"/>
        <source>檔案欄位</source>
        <translation>File column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第一筆內容</source>
        <translation>First value</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>（不匯入）</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/records_dialogs.py" line="+358"/>
        <source>%1 年度考績委員會</source>
        <translation>Appraisal committee of year %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例：115/01/08</source>
        <translation>e.g. 115/01/08</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每行一位：職務 姓名，例如「主任委員 王大明」</source>
        <translation>One per line: role and name, e.g. &quot;主任委員 王大明&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>開會日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委員</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>此年度尚未開辦考績</source>
        <translation>This year&apos;s appraisal has not been opened</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../hrplanner/ui/shell/crash.py" line="+218"/>
        <source>沒有儲存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>DetailPanel</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/detail_panel.py" line="+82"/>
        <location line="+142"/>
        <source>不辦理考績</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>變更種類</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+38"/>
        <source>重大優劣事實</source>
        <translation>Major merits and faults</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>（無）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>年度內曾受刑事或懲戒處分</source>
        <translation>Criminal or disciplinary penalty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年度內曾受刑事處罰或懲戒處分者，不得考列甲等（考績法施行細則第 4 條）。</source>
        <translation>Anyone sentenced for a crime or given a disciplinary penalty during the year cannot be graded A (Enforcement Rules of the Civil Service Performance Evaluation Act, Article 4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>變更種類或修改已核定考績時必填</source>
        <translation>Required to change the kind or an approved appraisal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>儲存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回上一步</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>考績種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>備註</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丁等事由</source>
        <translation>Ground for grade D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>俸級位置</source>
        <translation>Pay step position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改理由</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>請在左側選擇一位人員</source>
        <translation>Choose a person on the left</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>依到職、離職日期建議：%1（該年任職 %2 個月）</source>
        <translation>Suggested from the service dates: %1 (%2 months served in the year)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>變更理由：%1</source>
        <translation>Reason for the change: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 次</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1（增減 %2 分）</source>
        <translation>%1 (%2 points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>獎懲：%1</source>
        <translation>Rewards and penalties: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未登錄差勤統計</source>
        <translation>No leave summary recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事病假 %1 日、曠職 %2 日、遲到早退 %3 次</source>
        <translation>Sick/personal leave %1 days, absence without leave %2 days, late or early %3 times</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>學習時數 %1 小時</source>
        <translation>Learning hours: %1 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>差勤：%1</source>
        <translation>Attendance: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>送%1</source>
        <translation>Send to %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已核定</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../hrplanner/ui/training/enrollment_panel.py" line="+354"/>
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
        <location line="+23"/>
        <source>無法儲存報名資料</source>
        <translation>Cannot save the enrollment</translation>
    </message>
</context>
<context>
    <name>EnrollmentPanel</name>
    <message>
        <location line="-326"/>
        <source>新增報名…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>取消報名</source>
        <translation>Cancel enrollment</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>遞補…</source>
        <translation>Substitute…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代理人／主管同意／用餐…</source>
        <translation>Deputy / approval / meal…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>主管同意：是</source>
        <translation>Approved: yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主管同意：否</source>
        <translation>Approved: no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>用餐：%1</source>
        <translation>Meal: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批次設定</source>
        <translation>Set for Selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選取多筆報名（Ctrl 或 Shift 加點選）後一次設定</source>
        <translation>Select several enrollments (Ctrl- or Shift-click) and set them at once</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>不限</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名額 %1&#x3000;正取 %2&#x3000;備取 %3</source>
        <translation>Capacity %1  enrolled %2  waitlisted %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>本班期沒有供餐場次。</source>
        <translation>No session of this class serves meals.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>第 %1 場（%2）：%3</source>
        <translation>Session %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>用餐人數&#x3000;</source>
        <translation>Meals  </translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+2"/>
        <source>%1（備取 %2）</source>
        <translation>%1 (waitlist %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>時間重疊提醒：</source>
        <translation>Overlapping sessions:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>報名完成</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確定取消 %1 的報名？</source>
        <translation>Cancel the enrollment of %1?</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+17"/>
        <source>無法批次設定</source>
        <translation>Cannot Set the Selected Enrollments</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>已更新 %n 筆報名</source>
        <translation>
            <numerusform>%n enrollment updated</numerusform>
            <numerusform>%n enrollments updated</numerusform>
        </translation>
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
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+108"/>
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
        <location line="+30"/>
        <source>外部時數計入學習結束日期所在的年度。</source>
        <translation>External hours count toward the year in which the learning ended.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>無法讀取外部時數</source>
        <translation>Cannot Read External Hours</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../hrplanner/ui/home/first_run.py" line="+203"/>
        <source>初次設定精靈</source>
        <translation>First-run setup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/common.py" line="+26"/>
        <source>正在產生%1…</source>
        <translation>Preparing %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>無法列印%1</source>
        <translation>Cannot print %1</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../hrplanner/ui/shell/guide.py" line="+73"/>
        <source>工作表「%1」</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>欄名</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>英文欄名</source>
        <translation>English name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>說明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>比對鍵（*）：重新匯入時依此欄更新</source>
        <translation>key (*): re-importing updates the rows matched on it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必填</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可填：%1</source>
        <translation>values: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>範例：%1</source>
        <translation>example: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下載「%1」匯入範本</source>
        <translation>Save the %1 import template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（正在讀取欄位…）</source>
        <translation>(reading the columns…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按鍵</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>功能</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../hrplanner/ui/shell/help_window.py" line="+48"/>
        <source>HR Planner 使用說明</source>
        <translation>HR Planner Help</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1匯入範本.xlsx</source>
        <translation>%1 import template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下載匯入範本</source>
        <translation>Save Import Template</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>無法儲存範本</source>
        <translation>Cannot Save the Template</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>範本已儲存</source>
        <translation>Template Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匯入範本已儲存至 %1</source>
        <translation>The import template was saved to %1</translation>
    </message>
</context>
<context>
    <name>HomeCard</name>
    <message>
        <location filename="../../hrplanner/ui/home/page.py" line="+105"/>
        <source>列印本週簽到表…</source>
        <translation>Print this week&apos;s sign-in sheets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核發證書…</source>
        <translation>Issue certificates…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>【逾期】</source>
        <translation>[overdue] </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…及其他 %n 件</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location line="-112"/>
        <source>週一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>重新整理</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>資料庫中還沒有人員。先設定機關名稱與首長，再匯入人員名冊（Excel 或 CSV），或載入示範機關看看 HR Planner 如何運作。</source>
        <translation>There is nobody in the database yet. Set up the agency&apos;s name and head, then import the staff roster (Excel or CSV), or load the demo agency to see how HR Planner works.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>開始設定…</source>
        <translation>Set up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入人員名冊…</source>
        <translation>Import the staff roster…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>今日待辦&#x3000;%1（%2）</source>
        <translation>To do today, %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>正在整理今日待辦…</source>
        <translation>Gathering what is due…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>正在計算學習時數達成率、KPI 燈號與進修名額…</source>
        <translation>Working out the compliance, the KPI lights and the study places…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 件已逾期</source>
        <translation>
            <numerusform>%n item overdue</numerusform>
            <numerusform>%n items overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>沒有逾期的事項</source>
        <translation>Nothing overdue</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>為 %n 個已結訓的班期核發研習證明書（發證日期 %1）？編號依序給號。</source>
        <translation>
            <numerusform>Issue the certificates of %n closed class, dated %1? Numbers are given in order.</numerusform>
            <numerusform>Issue the certificates of %n closed classes, dated %1? Numbers are given in order.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>核發證書</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>正在核發證書…</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在核發研習證明書…</source>
        <translation>Issuing certificates of attendance…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已為 %1 個班期核發 %2 張研習證明書。</source>
        <translation>Issued %2 certificates for %1 classes.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>其中 %n 張待查，請在「證書清冊」頁核對。</source>
        <translation>
            <numerusform> %n of them is to be checked on the Certificates page.</numerusform>
            <numerusform> %n of them are to be checked on the Certificates page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>已取消：其餘 %n 個班期尚未核發。</source>
        <translation>
            <numerusform> Cancelled: %n more class has no certificates yet.</numerusform>
            <numerusform> Cancelled: %n more classes have no certificates yet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法核發證書</source>
        <translation>Cannot issue certificates</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../hrplanner/ui/hours/page.py" line="+142"/>
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
        <location line="+8"/>
        <source>時數規定…</source>
        <translation>Hour Requirements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檢視或修改各人員類別的年度學習時數規定</source>
        <translation>View or change the yearly learning-hour requirements of each staff category</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>只列待受訓者（30 天內到期或已逾期）</source>
        <translation>Only those due for training (within 30 days or overdue)</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+19"/>
        <source>全部單位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>無法讀取學習時數</source>
        <translation>Cannot read the learning hours</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
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
        <location line="+70"/>
        <source>無法讀取學習紀錄</source>
        <translation>Cannot read the learning records</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../hrplanner/ui/shell/import_dialog.py" line="+107"/>
        <source>匯入人員</source>
        <translation>Import Staff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>選擇 .xlsx 或 .csv 檔案</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+154"/>
        <source>選擇人員資料檔</source>
        <translation>Choose a Staff File</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>儲存匯入範本</source>
        <translation>Save Import Template</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>人員匯入範本.xlsx</source>
        <translation>staff-import-template.xlsx</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>欄位對應（與標準欄名相同者已自動對應；上次的選擇會被記住）</source>
        <translation>Column mapping (columns named like the standard ones map themselves; your last choice is remembered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（不使用預設，依下表對應）</source>
        <translation>(no preset: map as in the table below)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>對應到人員欄位</source>
        <translation>Staff column</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>內建對應</source>
        <translation>Shipped mapping</translation>
    </message>
    <message>
        <location line="+128"/>
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
        <location line="+36"/>
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
        <location line="+11"/>
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
    <name>InterimModel</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/interim_model.py" line="+34"/>
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
        <source>考核人</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時效</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>優劣事實</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工作知能</source>
        <translation>Knowl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>創新研究</source>
        <translation>Innov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服務態度</source>
        <translation>Serv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>品德操守</source>
        <translation>Integ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>領導協調</source>
        <translation>Lead.</translation>
    </message>
</context>
<context>
    <name>InterimPage</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/interim_page.py" line="+96"/>
        <source>開辦年度…</source>
        <translation>Open a year…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>設定年度的平時考核期別、截止日期與考核名單</source>
        <translation>Set up the year&apos;s interim periods, due dates and who is appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入平時考核…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+384"/>
        <location line="+8"/>
        <source>列印紀錄表</source>
        <translation>Print forms</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>所選人員（已填內容）</source>
        <translation>Selected person (filled in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本單位（空白，供主管填寫）</source>
        <translation>Whole unit (blank, for the head to fill in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本單位（已填內容）</source>
        <translation>Whole unit (filled in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>標記已填</source>
        <translation>Mark filled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>標記已核</source>
        <translation>Mark confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回未填</source>
        <translation>Back to not filled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考核人…</source>
        <translation>Appraiser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按鍵：A–E 評定所選項目的等級，Delete 清除；在「優劣事實」欄按 F2 輸入事實。</source>
        <translation>Keys: A–E set the level of the selected item, Delete clears it; press F2 on the Facts column to type the facts.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期別</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>全部單位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部狀態</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>第 %1 期（%2 前）</source>
        <translation>Period %1 (due %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 年度尚未開辦平時考核：請按「開辦年度…」。</source>
        <translation>Interim appraisals of year %1 are not opened: press &quot;Open a year…&quot;.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+56"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>第 %1 期（%2 月至 %3 月），截止日期 %4：共 %5 人，未填 %6 人，逾期未填 %7 人。</source>
        <translation>Period %1 (months %2–%3), due %4: %5 people, %6 not filled, %7 overdue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>無法讀取平時考核</source>
        <translation>Cannot read the interim appraisals</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>無法儲存平時考核</source>
        <translation>Cannot save the interim appraisal</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>部分紀錄未能變更狀態</source>
        <translation>Some records could not change status</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>考核人</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>選擇考核人</source>
        <translation>Choose the appraiser</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>部分紀錄未能變更考核人</source>
        <translation>Some records could not change appraiser</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>請先選擇一位人員。</source>
        <translation>Choose one person first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>請先選擇單位或人員。</source>
        <translation>Choose a unit or a person first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>平時成績考核紀錄表</source>
        <translation>Interim appraisal record form</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1年度平時考核.xlsx</source>
        <translation>interim-appraisals-%1.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>匯出平時考核</source>
        <translation>Export interim appraisals</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../hrplanner/ui/plans/chart.py" line="+62"/>
        <source>請選擇一項 KPI</source>
        <translation>Choose a KPI</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>目標值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>實際值</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>單位：%1</source>
        <translation>Unit: %1</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../../hrplanner/ui/plans/kpi_page.py" line="+145"/>
        <source>手動</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>目標值：%1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實際值：%1</source>
        <translation>Actual: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>尚未填寫</source>
        <translation>not yet given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>來源：%1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>達成度：%1</source>
        <translation>Achievement: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已達成</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未達成</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI編號</source>
        <translation>KPI no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>指標名稱</source>
        <translation>KPI name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>資料來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>落後原因</source>
        <translation>Reason for shortfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>因應策略</source>
        <translation>Countermeasure</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location line="+22"/>
        <location line="+251"/>
        <source>計算實績</source>
        <translation>Compute actuals</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>依資料來源重新計算本年度有連結資料的 KPI</source>
        <translation>Compute this year&apos;s KPIs that are bound to the data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填寫實際值…</source>
        <translation>Enter actual…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>定稿</source>
        <translation>Make final</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>匯入實績…</source>
        <translation>Import actuals…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出 KPI 報表…</source>
        <translation>Export KPI report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印 KPI 報表…</source>
        <translation>Print KPI report…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>計畫</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>取消定稿</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>尚無計畫：請先在「實施計畫」頁新增或匯入計畫。</source>
        <translation>No plans yet: add or import one on the Plans page first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 年度：綠燈 %2、黃燈 %3、紅燈 %4、白燈（尚無實際值）%5</source>
        <translation>Year %1: green %2, yellow %3, red %4, white (no actual yet) %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>；本年度報告已定稿</source>
        <translation>; this year&apos;s report is final</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>；定稿前尚有 %n 項待補</source>
        <translation>
            <numerusform>; %n item to complete before it can be final</numerusform>
            <numerusform>; %n items to complete before it can be final</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>年度報告定稿</source>
        <translation>Year&apos;s report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確定要取消 %1 年度報告的定稿？取消後實際值可再修改。</source>
        <translation>Reopen the report of year %1? Its actuals can then change again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>匯入 KPI 實績</source>
        <translation>Import KPI actuals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI實績匯入範本.xlsx</source>
        <translation>KPI actuals template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇 KPI 實績檔案</source>
        <translation>Choose a KPI actuals file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>匯出 KPI 報表</source>
        <translation>Export KPI report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI報表_%1.xlsx</source>
        <translation>KPI report_%1.xlsx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>KPI 報表</source>
        <translation>KPI report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI報表_%1_%2年度.pdf</source>
        <translation>KPI report_%1_%2.pdf</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/records_dialogs.py" line="-125"/>
        <source>%1 年度差勤統計</source>
        <translation>Leave summaries of year %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>儲存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入差勤統計…</source>
        <translation>Import leave summaries…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事病假日數不含家庭照顧假、身心調適假、生理假及安胎休養的日數。</source>
        <translation>Sick and personal leave days exclude family-care, wellbeing, menstrual and pregnancy-rest leave.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事病假日數</source>
        <translation>Sick/personal leave days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>曠職日數</source>
        <translation>Days absent without leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>遲到早退次數</source>
        <translation>Late or early times</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>日數須為數字，例如 3 或 2.5</source>
        <translation>Days must be a number, e.g. 3 or 2.5</translation>
    </message>
</context>
<context>
    <name>LoadingOverlay</name>
    <message>
        <location filename="../../hrplanner/ui/shell/loading.py" line="+23"/>
        <source>正在載入…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrplanner/ui/shell/main_window.py" line="+83"/>
        <source>HR Planner 人事訓練考核管理</source>
        <translation>HR Planner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在開啟資料庫…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+8"/>
        <source>工作(&amp;W)</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檢視(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>初次設定精靈…</source>
        <translation>First-run setup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+307"/>
        <source>介面語言</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>說明(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+315"/>
        <source>關於 HR Planner</source>
        <translation>About HR Planner</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>此頁面無法開啟：%1</source>
        <translation>This page cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>正在載入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>資料庫：%1（位於 %2）</source>
        <translation>Database: %1 (in %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>資料庫：伺服器 %1 上的 %2</source>
        <translation>Database: %2 on server %1</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location line="+26"/>
        <source>HR Planner 人事訓練考核管理 %1
人事室的人員名冊、訓練、學習時數與考核。</source>
        <translation>HR Planner %1
Staff roster, training, learning hours and appraisals for the personnel office.</translation>
    </message>
</context>
<context>
    <name>OpenYearDialog</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/open_dialog.py" line="+54"/>
        <location line="+109"/>
        <source>開辦考核年度</source>
        <translation>Open an appraisal year</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>另辦第 3 期（9 月至 12 月，截止日同年終考績）</source>
        <translation>Keep a 3rd period (September–December, due with the year-end appraisals)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 月至 8 月的日期屬於次年，例如 01-31 為次年 1 月 31 日</source>
        <translation>Dates in January–August fall in the following year, e.g. 01-31 is 31 January of the next year</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考核的人員類別</source>
        <translation>Staff categories appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 1 期截止（月-日）</source>
        <translation>Period 1 due (MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 2 期截止（月-日）</source>
        <translation>Period 2 due (MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年終考績完成日期（月-日）</source>
        <translation>Year-end appraisals due (MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各官等甲等比例上限</source>
        <translation>Limit of grade A per rank group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>再次開辦同一年度只會加入新進人員並更新尚未評分者的考績種類，不會變更已輸入的資料。</source>
        <translation>Opening the same year again only adds new people and refreshes the kind of those not yet rated; nothing entered is changed.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>請至少選擇一個人員類別</source>
        <translation>Choose at least one staff category</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>第 %1 期 %2</source>
        <translation>period %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已開辦 %1 年度：考核名單 %2 人（%3）；平時考核 %4；年終考績應於 %5 前完成。</source>
        <translation>Year %1 opened: %2 people (%3); interim appraisals %4; year-end appraisals due by %5.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../hrplanner/ui/shell/pages.py" line="+69"/>
        <source>今日待辦</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+5"/>
        <source>平時考核</source>
        <translation>Interim appraisal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年終考績</source>
        <translation>Year-end appraisal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>滿意度調查</source>
        <translation>Satisfaction Surveys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>進修</source>
        <translation>Study Programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>實施計畫</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI 管考</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+7"/>
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
    <name>PlanDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="-252"/>
        <source>「%1」不是年度（例：108 或 2019）</source>
        <translation>“%1” is not a year (e.g. 108 or 2019)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新增計畫</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯計畫</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例：108/01/15</source>
        <translation>e.g. 108/01/15</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>民國年，例：108</source>
        <translation>ROC year, e.g. 108</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>計畫代碼</source>
        <translation>Plan code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>計畫名稱</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訂定日期</source>
        <translation>Date made</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>計畫期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依據</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目標</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實施對象</source>
        <translation>Target group</translation>
    </message>
</context>
<context>
    <name>PlanOutputs</name>
    <message>
        <location filename="../../hrplanner/ui/plans/outputs.py" line="+76"/>
        <source>%1
檔案：%2</source>
        <translation>%1
File: %2</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../hrplanner/ui/plans/plan_files.py" line="+41"/>
        <source>匯入計畫</source>
        <translation>Import plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>計畫匯入範本.xlsx</source>
        <translation>Plan template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇計畫活頁簿</source>
        <translation>Choose a plan workbook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>全部四個範例計畫</source>
        <translation>All four example plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入範例計畫</source>
        <translation>Import example plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>隨附的範例計畫（依原計畫內容建立）：</source>
        <translation>Example plans (typed from the original plans):</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>已匯入 %n 個範例計畫。</source>
        <translation>
            <numerusform>Imported %n example plan.</numerusform>
            <numerusform>Imported %n example plans.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>匯出計畫</source>
        <translation>Export plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>計畫_%1.xlsx</source>
        <translation>Plan_%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>已匯出計畫（含 %n 項 KPI）至 %1</source>
        <translation>
            <numerusform>Exported the plan (%n KPI) to %1</numerusform>
            <numerusform>Exported the plan (%n KPIs) to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>計畫執行成果_%1_%2年度.xlsx</source>
        <translation>Plan results_%1_%2.xlsx</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯出執行成果</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>執行成果報告_%1_%2年度.pdf</source>
        <translation>Execution report_%1_%2.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>計畫執行成果報告</source>
        <translation>Execution report</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/plans/plans_page.py" line="+77"/>
        <source>新增計畫…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯計畫…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+379"/>
        <source>刪除計畫</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>匯入計畫…</source>
        <translation>Import plans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入範例計畫…</source>
        <translation>Import example plans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出計畫…</source>
        <translation>Export plan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>策略／具體作法</source>
        <translation>Strategy / action</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+101"/>
        <source>辦理期程</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+37"/>
        <source>完成度</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>連結班期</source>
        <translation>Linked classes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新增策略…</source>
        <translation>New strategy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增具體作法…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+419"/>
        <source>刪除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>尚無實施計畫。可新增計畫、匯入計畫活頁簿，或先匯入隨附的四個範例計畫。</source>
        <translation>No plans yet. Add a plan, import a plan workbook, or start from the four example plans that come with HR Planner.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>辦理情形</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>新增辦理情形…</source>
        <translation>Add progress…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除辦理情形</source>
        <translation>Delete progress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班期代碼</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>課程名稱</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>結訓日</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人次</source>
        <translation>Person-times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>連結班期…</source>
        <translation>Link classes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除連結</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯出執行成果…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印執行成果報告…</source>
        <translation>Print execution report…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>計畫</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>具體作法</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>績效指標</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>辦理單位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>連結班期（執行成果的佐證）</source>
        <translation>Linked classes (evidence of the results)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>執行成果年度</source>
        <translation>Results of year</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 至 %2 年</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>計畫期間：%1&#x3000;主辦單位：%2</source>
        <translation>Period: %1   Unit: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>請在左側選擇一項具體作法。</source>
        <translation>Choose an action on the left.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>確定要刪除計畫「%1」？其策略、具體作法、辦理情形與 KPI 都會一併刪除。</source>
        <translation>Delete plan “%1”? Its strategies, actions, progress and KPIs are deleted with it.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>確定要刪除策略「%1」及其所有具體作法？</source>
        <translation>Delete strategy “%1” and all its actions?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>確定要刪除具體作法「%1」？</source>
        <translation>Delete action “%1”?</translation>
    </message>
</context>
<context>
    <name>PortalExtras</name>
    <message>
        <location filename="../../hrplanner/ui/exports/portal_widgets.py" line="-138"/>
        <source>（自訂）</source>
        <translation>(custom)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Big5（cp950，入口網站）</source>
        <translation>Big5 (cp950, for the portal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8（含 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出為 .csv 時使用的編碼；.xlsx 不受影響</source>
        <translation>The encoding used when exporting as .csv; .xlsx files are not affected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代碼表…</source>
        <translation>Code tables…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>時數登錄檔格式</source>
        <translation>Portal file format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV 編碼</source>
        <translation>CSV encoding</translation>
    </message>
</context>
<context>
    <name>PortalWidgets</name>
    <message>
        <location line="+138"/>
        <source>%1 等，另有 %2 人</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>下列人員的資料含有 %1 無法寫入的字，尚未產生檔案：
%2

%3</source>
        <translation>The data of these people holds characters %1 cannot write, so no file was written yet:
%2

%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>改存成 UTF-8 檔（所有字都保留）</source>
        <translation>Write a UTF-8 file instead (every character kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>略過這些人並列出，其餘照常匯出</source>
        <translation>Leave these people out and list them; export the rest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消匯出</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>時數登錄檔有無法寫入的字</source>
        <translation>The portal file has characters that cannot be written</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../hrplanner/ui/training/print_actions.py" line="+54"/>
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
        <location line="+99"/>
        <source>班期成績冊</source>
        <translation>Class Record</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+109"/>
        <source>滿意度調查表</source>
        <translation>Satisfaction Questionnaire</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+121"/>
        <source>滿意度調查結果</source>
        <translation>Satisfaction Survey Results</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+17"/>
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
        <location line="+24"/>
        <source>本週簽到表</source>
        <translation>This week&apos;s sign-in sheets</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+43"/>
        <location line="+6"/>
        <source>研習證明書</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="-49"/>
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
        <location line="+28"/>
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
        <location filename="../../hrplanner/ui/settings/print_tab.py" line="+52"/>
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
        <source>主辦單位</source>
        <translation>Organiser</translation>
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
        <location line="+58"/>
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
        <location line="+5"/>
        <source>每行一個字型檔；空白時只用本機找到的字型（如全字庫正楷體 TW-Kai）</source>
        <translation>One font file per line; blank uses only the fonts found on this PC (such as the CNS 11643 TW-Kai font)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>加入…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>缺字改用</source>
        <translation>Fallback fonts</translation>
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
        <location line="+14"/>
        <source>列出各學習類別的時數（如性別主流化、環境教育）</source>
        <translation>List the hours by learning topic (e.g. gender mainstreaming, environmental education)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>證明書文字（自辦）</source>
        <translation>Wording (run here)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>證明書文字（委辦）</source>
        <translation>Wording (commissioned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>證明書文字（薦送）</source>
        <translation>Wording (staff sent)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>印信圖檔</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>依發證日期</source>
        <translation>By the issue date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依班期結束日期</source>
        <translation>By the class&apos;s end date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>字號的年度</source>
        <translation>Year of the number</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>選擇列印字型</source>
        <translation>Choose the print font</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇缺字時改用的字型</source>
        <translation>Choose a fallback font</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>選擇印信圖檔</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>例：%1</source>
        <translation>Example: %1</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../hrplanner/ui/shell/widgets.py" line="+98"/>
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
    <name>ProgressDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="+135"/>
        <source>新增辦理情形</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯辦理情形</source>
        <translation>Edit progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辦理情形</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成度</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../hrplanner/ui/shell/prompts.py" line="+73"/>
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
        <location filename="../../hrplanner/ui/exports/page.py" line="+117"/>
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
        <location line="+102"/>
        <source>班期</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>計畫</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>匯出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+5"/>
        <source>時數登錄檔欄位</source>
        <translation>Portal upload file columns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>匯出 Excel 報表</source>
        <translation>Export Excel Report</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+296"/>
        <source>下載匯入範本</source>
        <translation>Save Import Template</translation>
    </message>
    <message>
        <location line="-287"/>
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
        <location line="+12"/>
        <location line="+307"/>
        <source>標記已登錄</source>
        <translation>Mark as Registered</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>登錄日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待登錄終身學習時數的班期</source>
        <translation>Classes whose learning hours await registration on the portal</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>（不指定班期）</source>
        <translation>(no class)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>無法儲存時數登錄檔格式</source>
        <translation>Cannot Save the Upload File Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>時數登錄檔格式已儲存。</source>
        <translation>The upload file format was saved.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+6"/>
        <source>請先選擇計畫。</source>
        <translation>Choose a plan first.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV 檔 (*.csv);;Excel 活頁簿 (*.xlsx)</source>
        <translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel 活頁簿 (*.xlsx);;CSV 檔 (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+16"/>
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
        <location line="+17"/>
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
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 個班期已標記於 %2 登錄時數</source>
        <translation>
            <numerusform>%n class marked as registered on %2</numerusform>
            <numerusform>%n classes marked as registered on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseGridWidget</name>
    <message>
        <location filename="../../hrplanner/ui/survey/grid.py" line="+255"/>
        <source>刪除所選問卷</source>
        <translation>Delete Selected Forms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>每份問卷一列。按鍵：1–5 評分（5 非常滿意 … 1 非常不滿意）並跳到下一題，0 未作答，Delete 清除；開放題直接輸入文字。最後一列為新問卷。</source>
        <translation>One row per form. Keys: 1–5 answer (5 very satisfied … 1 very dissatisfied) and move to the next question, 0 leaves it blank, Delete clears; type open answers as text. The last row is a new form.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>已輸入 %1 份；取得時數 %2 人；回收率 %3</source>
        <translation>Forms typed: %1; people credited: %2; response rate %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法輸入問卷回覆</source>
        <translation>Cannot Enter Survey Responses</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>刪除第 %1 號問卷？</source>
        <translation>Delete form no. %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除問卷</source>
        <translation>Delete Forms</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../hrplanner/ui/survey/results_view.py" line="+45"/>
        <source>題號</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>題目</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回覆數</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>開放意見</source>
        <translation>Open answers</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>無法讀取滿意度結果</source>
        <translation>Cannot Read the Survey Results</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>請選擇一個班期。</source>
        <translation>Choose a class.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回收問卷 %1 份／取得時數 %2 人，回收率 %3；整體平均滿意度 %4（5 分為非常滿意）</source>
        <translation>Forms returned: %1 / people credited: %2, response rate %3; overall mean satisfaction %4 (5 is very satisfied)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>整體</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部評分題</source>
        <translation>All rated questions</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>（沒有開放意見）</source>
        <translation>(no open answers)</translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/records_dialogs.py" line="-253"/>
        <source>%1 年度獎懲登記</source>
        <translation>Rewards and penalties of year %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>只列所選人員</source>
        <translation>Only the selected person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例：114/05/20</source>
        <translation>e.g. 114/05/20</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>影響已核定的考績時必填</source>
        <translation>Required when it changes an approved appraisal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新所選</source>
        <translation>Update selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除所選</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入獎懲…</source>
        <translation>Import rewards and penalties…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>發布日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>次數</source>
        <translation>Times</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>獎懲種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文號</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改理由</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>共 %1 筆，增減合計 %2 分</source>
        <translation>%1 records, net %2 points</translation>
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
        <location line="+17"/>
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
    <name>RunPage</name>
    <message>
        <location filename="../../hrplanner/ui/home/first_run.py" line="-124"/>
        <source>選擇名冊檔案並匯入…</source>
        <translation>Choose the roster file and import…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完成這一步就可以開始使用 HR Planner。</source>
        <translation>One last step and HR Planner is ready to use.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>匯入人員名冊</source>
        <translation>Import the staff roster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按下方按鈕選擇名冊檔案：先對應欄位並試算，沒有問題才匯入。需要格式時，可在對話框中下載匯入範本。</source>
        <translation>Press the button below to choose the roster file: map its columns and try it first; it is imported only when it has no problem. The dialog also offers the import template.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>載入示範機關</source>
        <translation>Load the demo agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在建立示範機關的人員、班期與十年的紀錄…</source>
        <translation>Making the demo agency&apos;s staff, classes and ten years of records…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>資料庫已可使用。之後可從「檔案 → 匯入人員…」匯入名冊，或從「設定 → 初次設定精靈…」再開啟本精靈。</source>
        <translation>The database is ready. Import the roster later with File → Import staff…, or open this wizard again with Settings → First-run setup….</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>機關資料已儲存</source>
        <translation>The agency&apos;s settings were saved</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>已建立示範機關：%1 個單位、%2 人。按「完成」開始使用。</source>
        <translation>The demo agency is ready: %1 units, %2 people. Press Finish to start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已載入示範機關</source>
        <translation>The demo agency was loaded</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法建立示範機關：%1</source>
        <translation>Cannot make the demo agency: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>按「完成」開始使用。</source>
        <translation>Press Finish to start.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrplanner/ui/settings/dialog.py" line="+51"/>
        <source>機關設定</source>
        <translation>Agency Settings</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+3"/>
        <source>考核</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+13"/>
        <source>匯入沒有員工編號的名冊時，新進人員依此編號；{seq} 為流水號，如 T{seq:04d}</source>
        <translation>When a roster without employee numbers is imported, new people are numbered by this pattern; {seq} is the sequence number, e.g. T{seq:04d}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>新進人員編號格式</source>
        <translation>Number pattern for new people</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+5"/>
        <source>不設上限</source>
        <translation>No cap</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>時數登錄期限（結訓後）</source>
        <translation>Hours registration deadline (after the class)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>初任人員訓練類別</source>
        <translation>Initial training category</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI 達成度顯示上限</source>
        <translation>KPI achievement shown up to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI 黃燈門檻（達成度）</source>
        <translation>KPI yellow light from (achievement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>學習時數須於結訓後幾個工作天內登錄終身學習入口網站（依政府行政機關辦公日曆，含補行上班日）。匯出日期為 Excel 日期時，可在 Excel 中排序與計算。</source>
        <translation>Credited hours must be registered on the lifelong learning portal within this many working days after the class ends (government office calendar, make-up workdays included). Excel dates can be sorted and calculated in Excel.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>無法儲存設定</source>
        <translation>Could not save the settings</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>例：新竹市政府</source>
        <translation>e.g. Hsinchu City Government</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用於計算每年可進修人數上限（預算員額的十分之一，至少 1 人）</source>
        <translation>Used for the yearly limit of people in study programmes (one tenth of the budgeted headcount, at least 1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>民國紀年（109/03/05）</source>
        <translation>ROC calendar (109/03/05)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>西元（2020-03-05）</source>
        <translation>Gregorian (2020-03-05)</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+27"/>
        <source>學習時數認列</source>
        <translation>Credited hours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>匯出日期</source>
        <translation>Exported dates</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../hrplanner/ui/training/signup_dialog.py" line="+63"/>
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
        <location line="+4"/>
        <source>對應到報名欄位</source>
        <translation>Enrollment field</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+37"/>
        <source>試算中…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+10"/>
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
        <location line="+1"/>
        <source>離職日期</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：109/03/05 或 2020-03-05</source>
        <translation>e.g. 109/03/05 or 2020-03-05</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>擔任主管職務</source>
        <translation>Holds a supervisory post</translation>
    </message>
    <message>
        <location line="+121"/>
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
    <name>StartPage</name>
    <message>
        <location filename="../../hrplanner/ui/home/first_run.py" line="-163"/>
        <source>開始使用</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要從哪裡開始？之後也可以從「檔案」選單匯入人員。</source>
        <translation>Where to start? Staff can also be imported later from the File menu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入人員名冊（Excel 或 CSV，可對應欄位）</source>
        <translation>Import the staff roster (Excel or CSV, with column mapping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>載入示範機關（試用各項功能）</source>
        <translation>Load the demo agency (to try everything out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先不匯入，以空白資料庫開始</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>小型：約 60 人、8 個單位</source>
        <translation>Small: about 60 people in 8 units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大型：約 5,000 人、60 個單位（需數分鐘）</source>
        <translation>Large: about 5,000 people in 60 units (takes minutes)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>資料庫已有人員：示範資料只能建立在空的資料庫。</source>
        <translation>The database already has staff: the demo can only be made in an empty database.</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="-106"/>
        <source>新增策略</source>
        <translation>New strategy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯策略</source>
        <translation>Edit strategy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：一 或 1</source>
        <translation>e.g. 一 or 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>策略編號</source>
        <translation>Strategy no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>策略名稱</source>
        <translation>Strategy name</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../hrplanner/ui/study/dialog.py" line="+44"/>
        <source>週一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>部分辦公時間進修</source>
        <translation>Part-time in office hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全時進修</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公餘進修</source>
        <translation>In own time</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>新增進修紀錄</source>
        <translation>Add Study Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯進修紀錄</source>
        <translation>Edit Study Record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>選擇人員…</source>
        <translation>Choose Person…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>例：國立清華大學</source>
        <translation>e.g. National Tsing Hua University</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：公共政策研究所</source>
        <translation>e.g. Institute of Public Policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：碩士在職專班、學分班</source>
        <translation>e.g. in-service master&apos;s, credit course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：114/09/01</source>
        <translation>e.g. 114/09/01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未定可留空</source>
        <translation>leave blank when not known</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>機關首長核准日期；尚未核准請留空</source>
        <translation>date the head approved; blank while awaiting approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未認定</source>
        <translation>Not yet judged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> 小時</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>人員</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進修類別</source>
        <translation>Kind of study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學校</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系所</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學位或學分</source>
        <translation>Degree or credits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進修期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每週公假時數</source>
        <translation>Weekly office hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>與業務有關</source>
        <translation>Job-related</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>核准日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>備註</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>選擇進修人員</source>
        <translation>Choose the Person Studying</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>只有部分辦公時間進修填每週公假時數。</source>
        <translation>Weekly office hours are only for part-time study in office hours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每週合計 %1 小時（上限 %2 小時）</source>
        <translation>%1 h a week in total (limit %2 h)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>：超過上限，無法儲存</source>
        <translation>: over the limit, cannot be saved</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>結束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>請填寫進修起始日期。</source>
        <translation>Fill in the start date of the study.</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../hrplanner/ui/study/page.py" line="+59"/>
        <source>符合</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不符合</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>資料不足</source>
        <translation>Not enough data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未定</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待核准</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>占用</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>部分辦公時間進修</source>
        <translation>In office hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全時進修</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公餘進修</source>
        <translation>In own time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>刪除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>部分辦公時間進修每人每週至多 8 小時公假；部分辦公時間進修及全時進修每年核准人數不得超過編制內預算員額的十分之一（至少 1 人），公餘進修不受限制。</source>
        <translation>Part-time study takes at most 8 office hours per person a week; the people approved for part-time or full-time study in a year may not exceed one tenth of the budgeted headcount (at least 1); study in one&apos;s own time has no limit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>無</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 人</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 年度部分辦公時間進修及全時進修名額：已用 %2／%3 人（%4）</source>
        <translation>Places for part-time and full-time study in ROC year %1: %2 of %3 used (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>；編制內預算員額 %1 人</source>
        <translation>; budgeted headcount %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（尚未設定，請至「機關設定」填寫）</source>
        <translation> (not set yet: fill it in under Agency Settings)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>無法讀取進修紀錄</source>
        <translation>Cannot Read the Study Records</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已儲存進修紀錄</source>
        <translation>Study Record Saved</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>刪除 %1 的「%2」進修紀錄？</source>
        <translation>Delete the study record &quot;%2&quot; of %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除進修紀錄</source>
        <translation>Delete Study Record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>無法刪除進修紀錄</source>
        <translation>Cannot Delete the Study Record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯入進修紀錄</source>
        <translation>Import Study Records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>進修匯入範本.xlsx</source>
        <translation>study import template.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇進修紀錄檔案</source>
        <translation>Choose a File of Study Records</translation>
    </message>
</context>
<context>
    <name>SurveyChart</name>
    <message>
        <location filename="../../hrplanner/ui/survey/chart.py" line="-47"/>
        <source>非常滿意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>滿意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普通</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不滿意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非常不滿意</source>
        <translation>Very dissatisfied</translation>
    </message>
</context>
<context>
    <name>SurveyGrid</name>
    <message>
        <location filename="../../hrplanner/ui/survey/grid.py" line="-340"/>
        <source>問卷編號</source>
        <translation>Form no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1（新）</source>
        <translation>%1 (new)</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../hrplanner/ui/survey/import_dialog.py" line="+60"/>
        <source>匯入問卷回覆</source>
        <translation>Import Survey Responses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇問卷回覆的 .xlsx，或線上表單匯出的 .csv</source>
        <translation>choose an .xlsx of responses, or an online form&apos;s .csv export</translation>
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
        <location line="+3"/>
        <source>對應到題目</source>
        <translation>Maps to question</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>選擇檔案並確認欄位對應後，按「試算」檢查；沒有問題才能匯入。</source>
        <translation>Choose a file and check the column mapping, then press &quot;Dry Run&quot;; it can be imported only when no problem is found.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>班期</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>欄位對應（題號、題目相同者已自動對應；上次的選擇會被記住）</source>
        <translation>Column mapping (headers naming a question by number or text are mapped already; your last choice is remembered)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>第 %1 題 %2</source>
        <translation>Question %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>選擇問卷回覆檔案</source>
        <translation>Choose a File of Survey Responses</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>無法讀取檔案</source>
        <translation>Cannot Read the File</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>試算中…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>有 %1 個問題，未匯入任何資料。請修正檔案或欄位對應後再試算。</source>
        <translation>Problems found: %1; nothing was imported. Correct the file or the mapping and check again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>檔案中沒有任何問卷回覆。</source>
        <translation>The file holds no survey responses.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>沒有問題：將新增 %1 份、更新 %2 份、未變更 %3 份。按「匯入」寫入。</source>
        <translation>No problem. Forms to add: %1, to update: %2, unchanged: %3. Press &quot;Import&quot; to write them.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已匯入問卷回覆：新增 %1 份、更新 %2 份。</source>
        <translation>Survey responses imported. Forms added: %1, updated: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入完成</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未匯入任何資料：%1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <location filename="../../hrplanner/ui/survey/page.py" line="+53"/>
        <source>類別</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>分組</source>
        <translation>Grouped by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名稱</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>班期數</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回收份數</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回收率</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>平均滿意度</source>
        <translation>Mean satisfaction</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>各班期</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依類別及主辦單位</source>
        <translation>By category and organiser</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 個班期有問卷回覆，共 %2 份；回收率 %3；平均滿意度 %4</source>
        <translation>Classes with survey responses: %1; forms: %2; response rate %3; mean satisfaction %4</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>無法讀取滿意度調查</source>
        <translation>Cannot Read the Satisfaction Surveys</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <location filename="../../hrplanner/ui/survey/panel.py" line="+60"/>
        <source>問卷範本…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入回覆…</source>
        <translation>Import Responses…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>列印調查表</source>
        <translation>Print Questionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>列印調查結果</source>
        <translation>Print Results</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>輸入回覆</source>
        <translation>Enter Responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>統計結果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>問卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1（預設）</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已有回覆，問卷不能更換</source>
        <translation>Forms returned: the questionnaire cannot change</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>無法更換問卷</source>
        <translation>Cannot Change the Questionnaire</translation>
    </message>
</context>
<context>
    <name>TeachersTab</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/teachers_tab.py" line="+81"/>
        <source>設定考核結果</source>
        <translation>Set outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考核結果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1教師成績考核：共 %2 人</source>
        <translation>Teachers&apos; appraisal %1: %2 people</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1沒有教師成績考核（開辦年度時會一併開辦）</source>
        <translation>No teachers&apos; appraisal for %1 (it is opened with the year)</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../hrplanner/ui/survey/template_dialog.py" line="+48"/>
        <source>問卷範本</source>
        <translation>Questionnaire Templates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增範本</source>
        <translation>New Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+173"/>
        <source>刪除範本</source>
        <translation>Delete Template</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>設為預設</source>
        <translation>Make Default</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>題號</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>題目</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>題型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>簡稱（圖表用）</source>
        <translation>Short label (charts)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新增題目</source>
        <translation>Add Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除所選題目</source>
        <translation>Delete Selected Questions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>儲存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>範本</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名稱</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1（預設）</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 個班期選用此範本。</source>
        <translation>Classes that chose this template: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未指定問卷的班期使用此範本。</source>
        <translation>Classes without a choice of their own use this template. </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>評分（1–5）</source>
        <translation>Rated (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開放（文字）</source>
        <translation>Open (text)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>刪除問卷範本「%1」？</source>
        <translation>Delete the questionnaire template &quot;%1&quot;?</translation>
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
        <location filename="../../hrplanner/ui/training/models.py" line="+96"/>
        <source>發生未預期的錯誤：%1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="-277"/>
        <source>證書編號</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrplanner/ui/survey/page.py" line="-181"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+144"/>
        <location line="+140"/>
        <source>班期代碼</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="-219"/>
        <location filename="../../hrplanner/ui/survey/page.py" line="+1"/>
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
        <location filename="../../hrplanner/ui/survey/page.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-139"/>
        <source>類別</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回收份數</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>取得時數人數</source>
        <translation>Credited</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>回收率</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>平均滿意度</source>
        <translation>Mean satisfaction</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="+1"/>
        <source>辦理方式</source>
        <translation>Organising</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>開始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/survey/page.py" line="-23"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+5"/>
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
        <location filename="../../hrplanner/ui/appraisal/teachers_tab.py" line="-84"/>
        <source>考核結果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrplanner/ui/certificates/page.py" line="+13"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="-265"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+6"/>
        <location line="+33"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>檢核</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-20"/>
        <source>備取 %1</source>
        <translation>Waitlist %1</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/appraisal/records_dialogs.py" line="-84"/>
        <location line="+177"/>
        <location filename="../../hrplanner/ui/appraisal/teachers_tab.py" line="-9"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="-10"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="-14"/>
        <location filename="../../hrplanner/ui/training/attendance_model.py" line="+404"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+10"/>
        <location line="+39"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+177"/>
        <location filename="../../hrplanner/ui/appraisal/teachers_tab.py" line="+1"/>
        <location filename="../../hrplanner/ui/certificates/page.py" line="-26"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+1"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/attendance_model.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-34"/>
        <location line="+35"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>發布日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>獎懲種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>次數</source>
        <translation>Times</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>增減分數</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文號</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>事病假日數</source>
        <translation>Sick/personal leave days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>曠職日數</source>
        <translation>Days absent without leave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>遲到早退次數</source>
        <translation>Late or early times</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/appraisal/teachers_tab.py" line="+1"/>
        <location filename="../../hrplanner/ui/certificates/page.py" line="+1"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+1"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="+1"/>
        <location filename="../../hrplanner/ui/study/page.py" line="-257"/>
        <location filename="../../hrplanner/ui/training/attendance_model.py" line="+1"/>
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
        <location filename="../../hrplanner/ui/training/attendance_model.py" line="-60"/>
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
        <location filename="../../hrplanner/ui/exports/page.py" line="+35"/>
        <source>登錄期限</source>
        <translation>Registration due</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/study/page.py" line="+2"/>
        <source>進修類別</source>
        <translation>Kind of study</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>進修期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>人員</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>學校系所</source>
        <translation>School / department</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>核准日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>占用名額</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>選送資格</source>
        <translation>Selection check</translation>
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
        <location filename="../../hrplanner/ui/training/models.py" line="-346"/>
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
        <translation>Enrolling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待結訓</source>
        <translation>To be closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已結訓</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登錄時數</source>
        <translation>Registered</translation>
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
        <location line="+2"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待查</source>
        <translation>To review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作廢</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>請假逾三分之一</source>
        <translation>leave over one third</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/appraisal/common.py" line="-152"/>
        <source>未填</source>
        <translation>Not filled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已填</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已核</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未評擬</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已評擬</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初核</source>
        <translation>First review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>覆核</source>
        <translation>Head&apos;s review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已核定</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年終考績</source>
        <translation>Year-end appraisal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另予考績</source>
        <translation>Part-year appraisal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如期</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期完成</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未填</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>甲</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乙</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丙</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丁</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>嘉獎</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記功</source>
        <translation>Merit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記大功</source>
        <translation>Major merit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申誡</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記過</source>
        <translation>Demerit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記大過</source>
        <translation>Major demerit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作知能</source>
        <translation>Job knowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>創新研究</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服務態度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>品德操守</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>領導協調</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本俸</source>
        <translation>Base pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本俸最高俸級或年功俸</source>
        <translation>Top of base pay or on merit pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年功俸最高俸級</source>
        <translation>Top of merit pay</translation>
    </message>
</context>
<context>
    <name>YearEndModel</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/year_end_model.py" line="+34"/>
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
        <source>官等</source>
        <translation>Rank group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考績種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>項目評分</source>
        <translation>Item score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操行</source>
        <translation>Conduct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學識</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>才能</source>
        <translation>Ability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>獎懲增減</source>
        <translation>Net points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考績分數</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檢核</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>甲等事證</source>
        <translation>Grade A evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>不辦理</source>
        <translation>Not appraised</translation>
    </message>
</context>
<context>
    <name>YearEndPage</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/year_end_page.py" line="+105"/>
        <source>只列有問題者</source>
        <translation>Only with problems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開辦年度…</source>
        <translation>Open a year…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入考績…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>獎懲登記…</source>
        <translation>Rewards…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差勤統計…</source>
        <translation>Leave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考績委員會…</source>
        <translation>Committee…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出清冊…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印清冊</source>
        <translation>Print list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印通知書</source>
        <translation>Print notices</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>公務人員考績</source>
        <translation>Civil servants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>教師成績考核</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>全部單位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部狀態</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>無法讀取考績</source>
        <translation>Cannot read the appraisals</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 年度尚未開辦考績：請按「開辦年度…」。</source>
        <translation>Year %1 is not opened: press &quot;Open a year…&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>共 %1 人，列出 %2 人；有問題者 %3 人</source>
        <translation>%1 people, %2 listed; %3 with problems</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1：甲 %2／%3 人（%4），上限 %5 可列 %6 人</source>
        <translation>%1: A %2/%3 (%4), limit %5 allows %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未填官等</source>
        <translation>No rank group</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>修改已核定的考績</source>
        <translation>Changing an approved appraisal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考績已核定，修改須先在右側「修改理由」填寫理由（會記錄修改前後的內容）。</source>
        <translation>The appraisal is approved: first type a reason in &quot;Reason for the change&quot; on the right (old and new values are logged).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>無法儲存考績</source>
        <translation>Cannot save the appraisal</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1年度考績清冊.xlsx</source>
        <translation>appraisal-list-%1.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>匯出考績清冊</source>
        <translation>Export the appraisal list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考績清冊</source>
        <translation>Appraisal list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>考績通知書</source>
        <translation>Appraisal notices</translation>
    </message>
</context>
<context>
    <name>_FilePicker</name>
    <message>
        <location filename="../../hrplanner/ui/settings/print_tab.py" line="-233"/>
        <source>選擇…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>_TableEditor</name>
    <message>
        <location filename="../../hrplanner/ui/exports/portal_widgets.py" line="-124"/>
        <source>代碼</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除</source>
        <translation>Remove</translation>
    </message>
</context>
</TS>
