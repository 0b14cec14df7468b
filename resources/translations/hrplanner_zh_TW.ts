<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_TW">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="+215"/>
        <source>新增具體作法</source>
        <translation>新增具體作法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯具體作法</source>
        <translation>編輯具體作法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：103年5月~104年4月、每年4月、8月、持續辦理</source>
        <translation>例：103年5月~104年4月、每年4月、8月、持續辦理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>作法編號</source>
        <translation>作法編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>具體作法</source>
        <translation>具體作法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辦理期程</source>
        <translation>辦理期程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>績效指標</source>
        <translation>績效指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>推動單位</source>
        <translation>推動單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實施單位</source>
        <translation>實施單位</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法判讀，保留原文：</source>
        <translation>無法判讀，保留原文：</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../hrplanner/ui/shell/actions.py" line="+111"/>
        <source>這一頁沒有可列印的表單。簽到表、證明書與成績冊在「訓練班期」頁列印，考核表單在「平時考核」與「年終考績」頁列印。</source>
        <translation>這一頁沒有可列印的表單。簽到表、證明書與成績冊在「訓練班期」頁列印，考核表單在「平時考核」與「年終考績」頁列印。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已重新整理</source>
        <translation>已重新整理</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>新增班期…</source>
        <translation>新增班期…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟「訓練班期」頁並新增一個班期</source>
        <translation>開啟「訓練班期」頁並新增一個班期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>尋找人員</source>
        <translation>尋找人員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟「人員名冊」頁，游標移到搜尋欄（姓名或員工編號）</source>
        <translation>開啟「人員名冊」頁，游標移到搜尋欄（姓名或員工編號）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>列印…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>列印本頁的主要表單：訓練班期頁為所選班期的簽到表，證書清冊頁為研習證明書，考核頁為紀錄表或考績清冊，計畫頁為執行成果報告或 KPI 報表</source>
        <translation>列印本頁的主要表單：訓練班期頁為所選班期的簽到表，證書清冊頁為研習證明書，考核頁為紀錄表或考績清冊，計畫頁為執行成果報告或 KPI 報表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>匯出…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯出本頁的 Excel 報表；本頁沒有匯出功能時開啟「報表匯出」頁</source>
        <translation>匯出本頁的 Excel 報表；本頁沒有匯出功能時開啟「報表匯出」頁</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>重新整理</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重新讀取本頁的資料（例如同事在共用資料庫上修改之後）</source>
        <translation>重新讀取本頁的資料（例如同事在共用資料庫上修改之後）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>使用說明</source>
        <translation>使用說明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟使用說明中關於本頁的章節</source>
        <translation>開啟使用說明中關於本頁的章節</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>鍵盤快速鍵</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>列出所有鍵盤快速鍵</source>
        <translation>列出所有鍵盤快速鍵</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>結束</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>關閉 HR Planner</source>
        <translation>關閉 HR Planner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>前往「%1」頁</source>
        <translation>前往「%1」頁</translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="+143"/>
        <source>KPI %1：%2 年度實際值</source>
        <translation>KPI %1：%2 年度實際值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（未訂目標值）</source>
        <translation>（未訂目標值）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例：75%、19、3場次</source>
        <translation>例：75%、19、3場次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>指標名稱</source>
        <translation>指標名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目標值</source>
        <translation>目標值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實際值</source>
        <translation>實際值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>資料來源：%1（按「計算實績」可由資料重新計算）</source>
        <translation>資料來源：%1（按「計算實績」可由資料重新計算）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>落後原因</source>
        <translation>落後原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>因應策略</source>
        <translation>因應策略</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../hrplanner/ui/home/first_run.py" line="+46"/>
        <source>機關資料</source>
        <translation>機關資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>這些資料印在簽到表、研習證明書與各式表單上；之後可在「設定 → 機關設定」修改。</source>
        <translation>這些資料印在簽到表、研習證明書與各式表單上；之後可在「設定 → 機關設定」修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：臺北市政府人事處</source>
        <translation>例：臺北市政府人事處</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>每年部分辦公時間及全時進修的名額為其十分之一（至少 1 人）</source>
        <translation>每年部分辦公時間及全時進修的名額為其十分之一（至少 1 人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>機關</source>
        <translation>機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學校（另辦教師成績考核）</source>
        <translation>學校（另辦教師成績考核）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>機關全銜</source>
        <translation>機關全銜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>簡稱</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長職稱</source>
        <translation>首長職稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長姓名</source>
        <translation>首長姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編制內預算員額</source>
        <translation>編制內預算員額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>機關類型</source>
        <translation>機關類型</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hrplanner/app.py" line="+173"/>
        <source>資料庫已升級</source>
        <translation>資料庫已升級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>資料庫結構已更新；更新前的備份存於 %1</source>
        <translation>資料庫結構已更新；更新前的備份存於 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法開啟資料庫 %1。

原因：%2</source>
        <translation>無法開啟資料庫 %1。

原因：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1

要改為開啟另一個資料庫檔案嗎？</source>
        <translation>%1

要改為開啟另一個資料庫檔案嗎？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>無法開啟資料庫</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇資料庫檔案</source>
        <translation>選擇資料庫檔案</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>還原失敗</source>
        <translation>還原失敗</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>還原完成</source>
        <translation>還原完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已由 %1 還原資料庫。</source>
        <translation>已由 %1 還原資料庫。</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/common.py" line="+93"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未開辦）</source>
        <translation>（未開辦）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>匯入平時考核</source>
        <translation>匯入平時考核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>平時考核匯入範本.xlsx</source>
        <translation>平時考核匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇平時考核檔案</source>
        <translation>選擇平時考核檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入考績</source>
        <translation>匯入考績</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>考績匯入範本.xlsx</source>
        <translation>考績匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇考績檔案</source>
        <translation>選擇考績檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入獎懲</source>
        <translation>匯入獎懲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>獎懲匯入範本.xlsx</source>
        <translation>獎懲匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇獎懲檔案</source>
        <translation>選擇獎懲檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入差勤統計</source>
        <translation>匯入差勤統計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差勤統計匯入範本.xlsx</source>
        <translation>差勤統計匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇差勤統計檔案</source>
        <translation>選擇差勤統計檔案</translation>
    </message>
</context>
<context>
    <name>AppraisalSettingsTab</name>
    <message>
        <location filename="../../hrplanner/ui/settings/appraisal_tab.py" line="+72"/>
        <source>機關</source>
        <translation>機關</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>學校（另辦教師成績考核）</source>
        <translation>學校（另辦教師成績考核）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>另辦第 3 期平時考核（9 月至 12 月）</source>
        <translation>另辦第 3 期平時考核（9 月至 12 月）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 月至 8 月的日期屬於次年，例如 01-31 為次年 1 月 31 日</source>
        <translation>1 月至 8 月的日期屬於次年，例如 01-31 為次年 1 月 31 日</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>機關類型</source>
        <translation>機關類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考核的人員類別（以逗號分隔）</source>
        <translation>考核的人員類別（以逗號分隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 1 期截止（月-日）</source>
        <translation>第 1 期截止（月-日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 2 期截止（月-日）</source>
        <translation>第 2 期截止（月-日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年終考績完成日期（月-日）</source>
        <translation>年終考績完成日期（月-日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各官等甲等比例上限</source>
        <translation>各官等甲等比例上限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>平時考核項目（* 為主管人員）／等級</source>
        <translation>平時考核項目（* 為主管人員）／等級</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>請至少填一個人員類別，例如公務人員</source>
        <translation>請至少填一個人員類別，例如公務人員</translation>
    </message>
</context>
<context>
    <name>AttendanceGridWidget</name>
    <message>
        <location filename="../../hrplanner/ui/training/attendance_grid.py" line="+116"/>
        <source>全部出席</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只填入尚未登錄的格子；請假與缺課不會被覆蓋</source>
        <translation>只填入尚未登錄的格子；請假與缺課不會被覆蓋</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部完成</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>數位課程：將所有正取人員標記為已完成</source>
        <translation>數位課程：將所有正取人員標記為已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>結訓…</source>
        <translation>結訓…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+283"/>
        <source>重新開啟</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>無法登錄完成</source>
        <translation>無法登錄完成</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>數位課程依完成與否核給時數：勾選「完成」欄，或按「全部完成」。</source>
        <translation>數位課程依完成與否核給時數：勾選「完成」欄，或按「全部完成」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按鍵：1 出席&#x3000;2 請假&#x3000;3 缺課&#x3000;Delete 清除；F2 或雙擊可輸入請假時數（如 1.5）。</source>
        <translation>按鍵：1 出席&#x3000;2 請假&#x3000;3 缺課&#x3000;Delete 清除；F2 或雙擊可輸入請假時數（如 1.5）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已結訓</source>
        <translation>已結訓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>數位課程：已完成 %1／%2 人，結訓時依完成與否核給時數</source>
        <translation>數位課程：已完成 %1／%2 人，結訓時依完成與否核給時數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>尚有 %1 格未登錄</source>
        <translation>尚有 %1 格未登錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出席紀錄已完整，可以結訓</source>
        <translation>出席紀錄已完整，可以結訓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；%1 人已無法取得時數</source>
        <translation>；%1 人已無法取得時數</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+93"/>
        <location line="+43"/>
        <source>無法登錄出席</source>
        <translation>無法登錄出席</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>已填入 %1 格出席</source>
        <translation>已填入 %1 格出席</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>確定將班期結訓？結訓後依出席紀錄核給 %n 人的時數，出席紀錄不能再修改。</source>
        <translation>
            <numerusform>確定將班期結訓？結訓後依出席紀錄核給 %n 人的時數，出席紀錄不能再修改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>班期 %1 已結訓：%2 人取得時數，%3 人未取得。</source>
        <translation>班期 %1 已結訓：%2 人取得時數，%3 人未取得。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 張研習證明書需要重新檢查。</source>
        <translation>%1 張研習證明書需要重新檢查。</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+36"/>
        <source>結訓</source>
        <translation>結訓</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>尚無法結訓</source>
        <translation>尚無法結訓</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>重新開啟後可修改出席紀錄；時數在再次結訓前不列入統計。確定重新開啟？</source>
        <translation>重新開啟後可修改出席紀錄；時數在再次結訓前不列入統計。確定重新開啟？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>無法重新開啟</source>
        <translation>無法重新開啟</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../hrplanner/ui/survey/chart.py" line="+72"/>
        <source>平均 %1</source>
        <translation>平均 %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../hrplanner/ui/calendar/page.py" line="+134"/>
        <source>備註，如「凱米颱風停止上班」</source>
        <translation>備註，如「凱米颱風停止上班」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>設為停止上班</source>
        <translation>設為停止上班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>設為上班日</source>
        <translation>設為上班日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除自訂設定</source>
        <translation>移除自訂設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入官方辦公日曆…</source>
        <translation>匯入官方辦公日曆…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>說明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>來源</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;span style=&apos;background:#fde2e1&apos;&gt;&#x3000;國定假日&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#ffe0b2&apos;&gt;&#x3000;官方辦公日曆&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#e1bee7&apos;&gt;&#x3000;手動設定&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#d6eaf8&apos;&gt;&#x3000;補行上班&#x3000;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde2e1&apos;&gt;&#x3000;國定假日&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#ffe0b2&apos;&gt;&#x3000;官方辦公日曆&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#e1bee7&apos;&gt;&#x3000;手動設定&#x3000;&lt;/span&gt; &lt;span style=&apos;background:#d6eaf8&apos;&gt;&#x3000;補行上班&#x3000;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>上一年</source>
        <translation>上一年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上個月</source>
        <translation>上個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下個月</source>
        <translation>下個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一年</source>
        <translation>下一年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1的假日與調整</source>
        <translation>%1的假日與調整</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>內建日曆</source>
        <translation>內建日曆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官方辦公日曆</source>
        <translation>官方辦公日曆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手動</source>
        <translation>手動</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+44"/>
        <source>放假</source>
        <translation>放假</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>上班</source>
        <translation>上班</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上班日</source>
        <translation>上班日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&#x3000;手動設定</source>
        <translation>&#x3000;手動設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&#x3000;依官方辦公日曆</source>
        <translation>&#x3000;依官方辦公日曆</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>無法設定</source>
        <translation>無法設定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>無法移除</source>
        <translation>無法移除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>選擇官方辦公日曆表（CSV）</source>
        <translation>選擇官方辦公日曆表（CSV）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>匯入完成</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>匯入失敗，未寫入任何資料</source>
        <translation>匯入失敗，未寫入任何資料</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="+131"/>
        <source>班期代碼</source>
        <translation>班期代碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部狀態</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>作廢…</source>
        <translation>作廢…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查核完成</source>
        <translation>查核完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出席在核發後有變動的證書（待查）：確認後改以目前的學習時數為準，編號不變</source>
        <translation>出席在核發後有變動的證書（待查）：確認後改以目前的學習時數為準，編號不變</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯出清冊…</source>
        <translation>匯出清冊…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>列印本班…</source>
        <translation>列印本班…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>共 %n 張</source>
        <translation>
            <numerusform>共 %n 張</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>，其中 %n 張待查</source>
        <translation>
            <numerusform>，其中 %n 張待查</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>確定要作廢 %1（%2，%3）的研習證明書 %4？
編號會保留在清冊中標示為作廢，不會再使用。</source>
        <translation>確定要作廢 %1（%2，%3）的研習證明書 %4？
編號會保留在清冊中標示為作廢，不會再使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>作廢證書</source>
        <translation>作廢證書</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>證書清冊</source>
        <translation>證書清冊</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>證書清冊_%1年度.xlsx</source>
        <translation>證書清冊_%1年度.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>證書清冊_全部.xlsx</source>
        <translation>證書清冊_全部.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+3"/>
        <source>匯出證書清冊</source>
        <translation>匯出證書清冊</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>已匯出 %n 筆證書至 %1</source>
        <translation>
            <numerusform>已匯出 %n 筆證書至 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../hrplanner/ui/training/class_dialog.py" line="+58"/>
        <source>新增班期</source>
        <translation>新增班期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯班期</source>
        <translation>編輯班期</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>空白表示不限</source>
        <translation>空白表示不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：113/03/05</source>
        <translation>例：113/03/05</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>班期代碼</source>
        <translation>班期代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辦理方式</source>
        <translation>辦理方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學習性質</source>
        <translation>學習性質</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地點</source>
        <translation>地點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>講座</source>
        <translation>講座</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+205"/>
        <source>名額</source>
        <translation>名額</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+210"/>
        <source>報名截止日</source>
        <translation>報名截止日</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+217"/>
        <source>請假上限</source>
        <translation>請假上限</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>課程代碼</source>
        <translation>課程代碼</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結束</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數</source>
        <translation>時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學習類別</source>
        <translation>學習類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>供餐</source>
        <translation>供餐</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新增場次</source>
        <translation>新增場次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除場次</source>
        <translation>刪除場次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>日期可輸入民國年（如 113/3/5）；時數空白時依開始與結束時間計算。</source>
        <translation>日期可輸入民國年（如 113/3/5）；時數空白時依開始與結束時間計算。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+205"/>
        <source>場次</source>
        <translation>場次</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>共 %1 場，%2 小時</source>
        <translation>共 %1 場，%2 小時</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>名額「%1」須為整數</source>
        <translation>名額「%1」須為整數</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>請假上限「%1」須為分數，如 1/3</source>
        <translation>請假上限「%1」須為分數，如 1/3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>第 %1 場：%2</source>
        <translation>第 %1 場：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>無法儲存班期</source>
        <translation>無法儲存班期</translation>
    </message>
</context>
<context>
    <name>ClassPickerDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="-100"/>
        <source>連結班期</source>
        <translation>連結班期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班期代碼或課程名稱</source>
        <translation>班期代碼或課程名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>班期代碼</source>
        <translation>班期代碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>結訓日</source>
        <translation>結訓日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已結訓</source>
        <translation>已結訓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未結訓</source>
        <translation>未結訓</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <location filename="../../hrplanner/ui/training/classes_page.py" line="+89"/>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>全部班期</source>
        <translation>全部班期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待登錄時數</source>
        <translation>待登錄時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本週上課</source>
        <translation>本週上課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待核發證書</source>
        <translation>待核發證書</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜尋班期代碼或課程名稱</source>
        <translation>搜尋班期代碼或課程名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增班期…</source>
        <translation>新增班期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>複製到下一年度</source>
        <translation>複製到下一年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+237"/>
        <location line="+105"/>
        <source>取消班期</source>
        <translation>取消班期</translation>
    </message>
    <message>
        <location line="-341"/>
        <location line="+369"/>
        <source>標記已登錄</source>
        <translation>標記已登錄</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>將選取的已結訓班期標記為今天已在終身學習入口網站登錄時數（可多選）</source>
        <translation>將選取的已結訓班期標記為今天已在終身學習入口網站登錄時數（可多選）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>報名</source>
        <translation>報名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席與結訓</source>
        <translation>出席與結訓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>滿意度</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>共 %n 個班期</source>
        <translation>
            <numerusform>共 %n 個班期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>恢復班期</source>
        <translation>恢復班期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>請在上方選擇一個班期。</source>
        <translation>請在上方選擇一個班期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&#x3000;%3&#x3000;%4 場，%5 小時&#x3000;%6</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&#x3000;%3&#x3000;%4 場，%5 小時&#x3000;%6</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>無法開啟班期</source>
        <translation>無法開啟班期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>將「%1 %2」複製為下一年度的班期「%3」（場次日期延後一年，不含報名）？</source>
        <translation>將「%1 %2」複製為下一年度的班期「%3」（場次日期延後一年，不含報名）？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>複製班期</source>
        <translation>複製班期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法複製班期</source>
        <translation>無法複製班期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>確定取消班期「%1 %2」？</source>
        <translation>確定取消班期「%1 %2」？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>無法取消班期</source>
        <translation>無法取消班期</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>將 %n 個班期標記為已於 %1 登錄終身學習時數？</source>
        <translation>
            <numerusform>將 %n 個班期標記為已於 %1 登錄終身學習時數？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>無法標記已登錄</source>
        <translation>無法標記已登錄</translation>
    </message>
</context>
<context>
    <name>CodeTablesDialog</name>
    <message>
        <location filename="../../hrplanner/ui/exports/portal_widgets.py" line="+145"/>
        <source>時數登錄檔代碼表</source>
        <translation>時數登錄檔代碼表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>課程類別代碼（班期類別或學習類別）</source>
        <translation>課程類別代碼（班期類別或學習類別）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>班期類別或學習類別</source>
        <translation>班期類別或學習類別</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上課縣市（地點開頭的縣市；「%1」為其他地點）</source>
        <translation>上課縣市（地點開頭的縣市；「%1」為其他地點）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>縣市</source>
        <translation>縣市</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>班期的類別先查，查不到再依學習類別（時數多者優先）。查不到的代碼會在匯出時提醒。</source>
        <translation>班期的類別先查，查不到再依學習類別（時數多者優先）。查不到的代碼會在匯出時提醒。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>無法儲存代碼表</source>
        <translation>無法儲存代碼表</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <location filename="../../hrplanner/ui/shell/column_mapping.py" line="+34"/>
        <source>檔案欄位</source>
        <translation>檔案欄位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第一筆內容</source>
        <translation>第一筆內容</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>（不匯入）</source>
        <translation>（不匯入）</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/records_dialogs.py" line="+358"/>
        <source>%1 年度考績委員會</source>
        <translation>%1 年度考績委員會</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例：115/01/08</source>
        <translation>例：115/01/08</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每行一位：職務 姓名，例如「主任委員 王大明」</source>
        <translation>每行一位：職務 姓名，例如「主任委員 王大明」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>開會日期</source>
        <translation>開會日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委員</source>
        <translation>委員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>此年度尚未開辦考績</source>
        <translation>此年度尚未開辦考績</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../hrplanner/ui/shell/crash.py" line="+218"/>
        <source>沒有儲存</source>
        <translation>沒有儲存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HR Planner 發生了未預期的錯誤，剛才的操作可能沒有完成。

錯誤訊息：%1

詳細的紀錄已寫入：
%2

請將這個檔案寄給貴單位的資訊人員，並說明當時正在做什麼。您可以繼續使用；若同樣的錯誤一再出現，請重新啟動程式。</source>
        <translation>HR Planner 發生了未預期的錯誤，剛才的操作可能沒有完成。

錯誤訊息：%1

詳細的紀錄已寫入：
%2

請將這個檔案寄給貴單位的資訊人員，並說明當時正在做什麼。您可以繼續使用；若同樣的錯誤一再出現，請重新啟動程式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HR Planner 發生了未預期的錯誤，剛才的操作可能沒有完成。

錯誤訊息：%1

紀錄檔 %2 無法寫入。請將這個視窗截圖，寄給貴單位的資訊人員，並說明當時正在做什麼。</source>
        <translation>HR Planner 發生了未預期的錯誤，剛才的操作可能沒有完成。

錯誤訊息：%1

紀錄檔 %2 無法寫入。請將這個視窗截圖，寄給貴單位的資訊人員，並說明當時正在做什麼。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>發生未預期的錯誤</source>
        <translation>發生未預期的錯誤</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/detail_panel.py" line="+82"/>
        <location line="+142"/>
        <source>不辦理考績</source>
        <translation>不辦理考績</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>變更種類</source>
        <translation>變更種類</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+38"/>
        <source>重大優劣事實</source>
        <translation>重大優劣事實</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>（無）</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>年度內曾受刑事或懲戒處分</source>
        <translation>年度內曾受刑事或懲戒處分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年度內曾受刑事處罰或懲戒處分者，不得考列甲等（考績法施行細則第 4 條）。</source>
        <translation>年度內曾受刑事處罰或懲戒處分者，不得考列甲等（考績法施行細則第 4 條）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>變更種類或修改已核定考績時必填</source>
        <translation>變更種類或修改已核定考績時必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>儲存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回上一步</source>
        <translation>退回上一步</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>考績種類</source>
        <translation>考績種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丁等事由</source>
        <translation>丁等事由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>俸級位置</source>
        <translation>俸級位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改理由</source>
        <translation>修改理由</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>請在左側選擇一位人員</source>
        <translation>請在左側選擇一位人員</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>依到職、離職日期建議：%1（該年任職 %2 個月）</source>
        <translation>依到職、離職日期建議：%1（該年任職 %2 個月）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>變更理由：%1</source>
        <translation>變更理由：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 次</source>
        <translation>%1 %2 次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1（增減 %2 分）</source>
        <translation>%1（增減 %2 分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>獎懲：%1</source>
        <translation>獎懲：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未登錄差勤統計</source>
        <translation>尚未登錄差勤統計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事病假 %1 日、曠職 %2 日、遲到早退 %3 次</source>
        <translation>事病假 %1 日、曠職 %2 日、遲到早退 %3 次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>學習時數 %1 小時</source>
        <translation>學習時數 %1 小時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>差勤：%1</source>
        <translation>差勤：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>送%1</source>
        <translation>送%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已核定</source>
        <translation>已核定</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../hrplanner/ui/training/enrollment_panel.py" line="+354"/>
        <source>報名資料：%1</source>
        <translation>報名資料：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>（未指定）</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>選擇…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>主管已同意</source>
        <translation>主管已同意</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>職務代理人</source>
        <translation>職務代理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主管同意</source>
        <translation>主管同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用餐</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>選擇職務代理人</source>
        <translation>選擇職務代理人</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>無法儲存報名資料</source>
        <translation>無法儲存報名資料</translation>
    </message>
</context>
<context>
    <name>EnrollmentPanel</name>
    <message>
        <location line="-326"/>
        <source>新增報名…</source>
        <translation>新增報名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>取消報名</source>
        <translation>取消報名</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>遞補…</source>
        <translation>遞補…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代理人／主管同意／用餐…</source>
        <translation>代理人／主管同意／用餐…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>主管同意：是</source>
        <translation>主管同意：是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主管同意：否</source>
        <translation>主管同意：否</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>用餐：%1</source>
        <translation>用餐：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批次設定</source>
        <translation>批次設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選取多筆報名（Ctrl 或 Shift 加點選）後一次設定</source>
        <translation>選取多筆報名（Ctrl 或 Shift 加點選）後一次設定</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名額 %1&#x3000;正取 %2&#x3000;備取 %3</source>
        <translation>名額 %1&#x3000;正取 %2&#x3000;備取 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>本班期沒有供餐場次。</source>
        <translation>本班期沒有供餐場次。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>第 %1 場（%2）：%3</source>
        <translation>第 %1 場（%2）：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>用餐人數&#x3000;</source>
        <translation>用餐人數&#x3000;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>新增報名：選擇人員</source>
        <translation>新增報名：選擇人員</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>無法報名</source>
        <translation>無法報名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已報名 %1 人：正取 %2 人，備取 %3 人。</source>
        <translation>已報名 %1 人：正取 %2 人，備取 %3 人。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>備取：</source>
        <translation>備取：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1（備取 %2）</source>
        <translation>%1（備取 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>時間重疊提醒：</source>
        <translation>時間重疊提醒：</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>報名完成</source>
        <translation>報名完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確定取消 %1 的報名？</source>
        <translation>確定取消 %1 的報名？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>無法取消報名</source>
        <translation>無法取消報名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 的報名已取消。</source>
        <translation>%1 的報名已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班期已開始，備取人員不自動遞補。</source>
        <translation>班期已開始，備取人員不自動遞補。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消報名</source>
        <translation>已取消報名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>遞補 %1：選擇遞補人員</source>
        <translation>遞補 %1：選擇遞補人員</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法遞補</source>
        <translation>無法遞補</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 已遞補 %2 的名額。</source>
        <translation>%1 已遞補 %2 的名額。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>遞補完成</source>
        <translation>遞補完成</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>無法批次設定</source>
        <translation>無法批次設定</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>已更新 %n 筆報名</source>
        <translation>
            <numerusform>已更新 %n 筆報名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalDialog</name>
    <message>
        <location filename="../../hrplanner/ui/hours/external_dialog.py" line="+49"/>
        <source>新增外部時數</source>
        <translation>新增外部時數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯外部時數</source>
        <translation>編輯外部時數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>選擇人員…</source>
        <translation>選擇人員…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>學習結束日期，例：115/05/20</source>
        <translation>學習結束日期，例：115/05/20</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：2 或 1.5</source>
        <translation>例：2 或 1.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>例：e等公務園+</source>
        <translation>例：e等公務園+</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>人員</source>
        <translation>人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數</source>
        <translation>時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學習類別</source>
        <translation>學習類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學習性質</source>
        <translation>學習性質</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>來源</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>選擇人員</source>
        <translation>選擇人員</translation>
    </message>
</context>
<context>
    <name>ExternalPage</name>
    <message>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+108"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜尋姓名或員工編號</source>
        <translation>搜尋姓名或員工編號</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>編輯…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入外部時數…</source>
        <translation>匯入外部時數…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>外部時數計入學習結束日期所在的年度。</source>
        <translation>外部時數計入學習結束日期所在的年度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>讀取中…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>無法讀取外部時數</source>
        <translation>無法讀取外部時數</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>共 %n 筆，合計 %1 小時</source>
        <translation>
            <numerusform>共 %n 筆，合計 %1 小時</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>刪除 %1（%2）的外部時數「%3」（%4 小時）？</source>
        <translation>刪除 %1（%2）的外部時數「%3」（%4 小時）？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>刪除外部時數</source>
        <translation>刪除外部時數</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>無法刪除</source>
        <translation>無法刪除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯入外部時數</source>
        <translation>匯入外部時數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>外部時數匯入範本.xlsx</source>
        <translation>外部時數匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇外部時數檔案</source>
        <translation>選擇外部時數檔案</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../hrplanner/ui/home/first_run.py" line="+203"/>
        <source>初次設定精靈</source>
        <translation>初次設定精靈</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt; 上一步</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步 &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/common.py" line="+26"/>
        <source>正在產生%1…</source>
        <translation>正在產生%1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>無法列印%1</source>
        <translation>無法列印%1</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../hrplanner/ui/shell/guide.py" line="+73"/>
        <source>工作表「%1」</source>
        <translation>工作表「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>欄名</source>
        <translation>欄名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>英文欄名</source>
        <translation>英文欄名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>說明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>比對鍵（*）：重新匯入時依此欄更新</source>
        <translation>比對鍵（*）：重新匯入時依此欄更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必填</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可填：%1</source>
        <translation>可填：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>範例：%1</source>
        <translation>範例：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下載「%1」匯入範本</source>
        <translation>下載「%1」匯入範本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（正在讀取欄位…）</source>
        <translation>（正在讀取欄位…）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按鍵</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>功能</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../hrplanner/ui/shell/help_window.py" line="+48"/>
        <source>HR Planner 使用說明</source>
        <translation>HR Planner 使用說明</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1匯入範本.xlsx</source>
        <translation>%1匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下載匯入範本</source>
        <translation>下載匯入範本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>無法儲存範本</source>
        <translation>無法儲存範本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>範本已儲存</source>
        <translation>範本已儲存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匯入範本已儲存至 %1</source>
        <translation>匯入範本已儲存至 %1</translation>
    </message>
</context>
<context>
    <name>HomeCard</name>
    <message>
        <location filename="../../hrplanner/ui/home/page.py" line="+105"/>
        <source>列印本週簽到表…</source>
        <translation>列印本週簽到表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核發證書…</source>
        <translation>核發證書…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>【逾期】</source>
        <translation>【逾期】</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…及其他 %n 件</source>
        <translation>
            <numerusform>…及其他 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location line="-112"/>
        <source>週一</source>
        <translation>週一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週二</source>
        <translation>週二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週三</source>
        <translation>週三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週四</source>
        <translation>週四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週五</source>
        <translation>週五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週六</source>
        <translation>週六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週日</source>
        <translation>週日</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>重新整理</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>資料庫中還沒有人員。先設定機關名稱與首長，再匯入人員名冊（Excel 或 CSV），或載入示範機關看看 HR Planner 如何運作。</source>
        <translation>資料庫中還沒有人員。先設定機關名稱與首長，再匯入人員名冊（Excel 或 CSV），或載入示範機關看看 HR Planner 如何運作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>開始設定…</source>
        <translation>開始設定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入人員名冊…</source>
        <translation>匯入人員名冊…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>今日待辦&#x3000;%1（%2）</source>
        <translation>今日待辦&#x3000;%1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>正在整理今日待辦…</source>
        <translation>正在整理今日待辦…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>正在計算學習時數達成率、KPI 燈號與進修名額…</source>
        <translation>正在計算學習時數達成率、KPI 燈號與進修名額…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 件已逾期</source>
        <translation>
            <numerusform>%n 件已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>沒有逾期的事項</source>
        <translation>沒有逾期的事項</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>為 %n 個已結訓的班期核發研習證明書（發證日期 %1）？編號依序給號。</source>
        <translation>
            <numerusform>為 %n 個已結訓的班期核發研習證明書（發證日期 %1）？編號依序給號。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>核發證書</source>
        <translation>核發證書</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>正在核發證書…</source>
        <translation>正在核發證書…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在核發研習證明書…</source>
        <translation>正在核發研習證明書…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已為 %1 個班期核發 %2 張研習證明書。</source>
        <translation>已為 %1 個班期核發 %2 張研習證明書。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>其中 %n 張待查，請在「證書清冊」頁核對。</source>
        <translation>
            <numerusform>其中 %n 張待查，請在「證書清冊」頁核對。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>已取消：其餘 %n 個班期尚未核發。</source>
        <translation>
            <numerusform>已取消：其餘 %n 個班期尚未核發。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法核發證書</source>
        <translation>無法核發證書</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../hrplanner/ui/hours/page.py" line="+142"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只列未達成</source>
        <translation>只列未達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只列超過120小時</source>
        <translation>只列超過120小時</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>時數規定…</source>
        <translation>時數規定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檢視或修改各人員類別的年度學習時數規定</source>
        <translation>檢視或修改各人員類別的年度學習時數規定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>只列待受訓者（30 天內到期或已逾期）</source>
        <translation>只列待受訓者（30 天內到期或已逾期）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>學習時數</source>
        <translation>學習時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新進人員</source>
        <translation>新進人員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>全部單位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>讀取中…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>無法讀取學習時數</source>
        <translation>無法讀取學習時數</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>共 %n 人</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>達成率：—</source>
        <translation>達成率：—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 年度達成率：%2%（目標 80%）</source>
        <translation>%1 年度達成率：%2%（目標 80%）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 年度應受初任訓練的公務人員 %2 人（含前年度到職仍未受訓者），</source>
        <translation>%1 年度應受初任訓練的公務人員 %2 人（含前年度到職仍未受訓者），</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚待初任訓練 %1 人，其中逾期 %2 人（報到後 4 個月內須完成）。</source>
        <translation>尚待初任訓練 %1 人，其中逾期 %2 人（報到後 4 個月內須完成）。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>無法讀取學習紀錄</source>
        <translation>無法讀取學習紀錄</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../hrplanner/ui/shell/import_dialog.py" line="+107"/>
        <source>匯入人員</source>
        <translation>匯入人員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>選擇 .xlsx 或 .csv 檔案</source>
        <translation>選擇 .xlsx 或 .csv 檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>選擇檔案…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下載匯入範本…</source>
        <translation>下載匯入範本…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先按「試算」檢查檔案；沒有問題才能匯入。</source>
        <translation>先按「試算」檢查檔案；沒有問題才能匯入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>取消試算</source>
        <translation>取消試算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>試算</source>
        <translation>試算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>選擇人員資料檔</source>
        <translation>選擇人員資料檔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>儲存匯入範本</source>
        <translation>儲存匯入範本</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>人員匯入範本.xlsx</source>
        <translation>人員匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>欄位對應（與標準欄名相同者已自動對應；上次的選擇會被記住）</source>
        <translation>欄位對應（與標準欄名相同者已自動對應；上次的選擇會被記住）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（不使用預設，依下表對應）</source>
        <translation>（不使用預設，依下表對應）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>對應到人員欄位</source>
        <translation>對應到人員欄位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>內建對應</source>
        <translation>內建對應</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>無法儲存範本</source>
        <translation>無法儲存範本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>範本已儲存</source>
        <translation>範本已儲存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匯入範本已儲存至 %1</source>
        <translation>匯入範本已儲存至 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>試算中…</source>
        <translation>試算中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匯入中…</source>
        <translation>匯入中…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已取消試算。</source>
        <translation>已取消試算。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>新增 %n 筆</source>
        <translation>
            <numerusform>新增 %n 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>更新 %n 筆</source>
        <translation>
            <numerusform>更新 %n 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>未變更 %n 筆</source>
        <translation>
            <numerusform>未變更 %n 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>新增 %n 人</source>
        <translation>
            <numerusform>新增 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>更新 %n 人</source>
        <translation>
            <numerusform>更新 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>未變更 %n 人</source>
        <translation>
            <numerusform>未變更 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1：%2、%3、%4</source>
        <translation>%1：%2、%3、%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>試算結果</source>
        <translation>試算結果</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>匯入完成</source>
        <translation>匯入完成</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>檔案有 %n 個問題，未匯入任何資料；請修正後再試算。</source>
        <translation>
            <numerusform>檔案有 %n 個問題，未匯入任何資料；請修正後再試算。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>無法讀取檔案：%1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
</context>
<context>
    <name>InterimModel</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/interim_model.py" line="+34"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考核人</source>
        <translation>考核人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時效</source>
        <translation>時效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>優劣事實</source>
        <translation>優劣事實</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工作知能</source>
        <translation>工作知能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>創新研究</source>
        <translation>創新研究</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服務態度</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>品德操守</source>
        <translation>品德操守</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>領導協調</source>
        <translation>領導協調</translation>
    </message>
</context>
<context>
    <name>InterimPage</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/interim_page.py" line="+96"/>
        <source>開辦年度…</source>
        <translation>開辦年度…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>設定年度的平時考核期別、截止日期與考核名單</source>
        <translation>設定年度的平時考核期別、截止日期與考核名單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入平時考核…</source>
        <translation>匯入平時考核…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+384"/>
        <location line="+8"/>
        <source>列印紀錄表</source>
        <translation>列印紀錄表</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>所選人員（已填內容）</source>
        <translation>所選人員（已填內容）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本單位（空白，供主管填寫）</source>
        <translation>本單位（空白，供主管填寫）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本單位（已填內容）</source>
        <translation>本單位（已填內容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>標記已填</source>
        <translation>標記已填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>標記已核</source>
        <translation>標記已核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回未填</source>
        <translation>退回未填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考核人…</source>
        <translation>考核人…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按鍵：A–E 評定所選項目的等級，Delete 清除；在「優劣事實」欄按 F2 輸入事實。</source>
        <translation>按鍵：A–E 評定所選項目的等級，Delete 清除；在「優劣事實」欄按 F2 輸入事實。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期別</source>
        <translation>期別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>全部單位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部狀態</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>第 %1 期（%2 前）</source>
        <translation>第 %1 期（%2 前）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 年度尚未開辦平時考核：請按「開辦年度…」。</source>
        <translation>%1 年度尚未開辦平時考核：請按「開辦年度…」。</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+56"/>
        <source>讀取中…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>第 %1 期（%2 月至 %3 月），截止日期 %4：共 %5 人，未填 %6 人，逾期未填 %7 人。</source>
        <translation>第 %1 期（%2 月至 %3 月），截止日期 %4：共 %5 人，未填 %6 人，逾期未填 %7 人。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>無法讀取平時考核</source>
        <translation>無法讀取平時考核</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>無法儲存平時考核</source>
        <translation>無法儲存平時考核</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>部分紀錄未能變更狀態</source>
        <translation>部分紀錄未能變更狀態</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>考核人</source>
        <translation>考核人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>選擇考核人</source>
        <translation>選擇考核人</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>部分紀錄未能變更考核人</source>
        <translation>部分紀錄未能變更考核人</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>請先選擇一位人員。</source>
        <translation>請先選擇一位人員。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>請先選擇單位或人員。</source>
        <translation>請先選擇單位或人員。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>平時成績考核紀錄表</source>
        <translation>平時成績考核紀錄表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1年度平時考核.xlsx</source>
        <translation>%1年度平時考核.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>匯出平時考核</source>
        <translation>匯出平時考核</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../hrplanner/ui/plans/chart.py" line="+62"/>
        <source>請選擇一項 KPI</source>
        <translation>請選擇一項 KPI</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>目標值</source>
        <translation>目標值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>實際值</source>
        <translation>實際值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>單位：%1</source>
        <translation>單位：%1</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../../hrplanner/ui/plans/kpi_page.py" line="+145"/>
        <source>手動</source>
        <translation>手動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>目標值：%1</source>
        <translation>目標值：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實際值：%1</source>
        <translation>實際值：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>尚未填寫</source>
        <translation>尚未填寫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>來源：%1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>達成度：%1</source>
        <translation>達成度：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已達成</source>
        <translation>已達成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未達成</source>
        <translation>未達成</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI編號</source>
        <translation>KPI編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>指標名稱</source>
        <translation>指標名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>資料來源</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>落後原因</source>
        <translation>落後原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>因應策略</source>
        <translation>因應策略</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location line="+22"/>
        <location line="+251"/>
        <source>計算實績</source>
        <translation>計算實績</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>依資料來源重新計算本年度有連結資料的 KPI</source>
        <translation>依資料來源重新計算本年度有連結資料的 KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填寫實際值…</source>
        <translation>填寫實際值…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>定稿</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>匯入實績…</source>
        <translation>匯入實績…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出 KPI 報表…</source>
        <translation>匯出 KPI 報表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印 KPI 報表…</source>
        <translation>列印 KPI 報表…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>計畫</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>取消定稿</source>
        <translation>取消定稿</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>尚無計畫：請先在「實施計畫」頁新增或匯入計畫。</source>
        <translation>尚無計畫：請先在「實施計畫」頁新增或匯入計畫。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 年度：綠燈 %2、黃燈 %3、紅燈 %4、白燈（尚無實際值）%5</source>
        <translation>%1 年度：綠燈 %2、黃燈 %3、紅燈 %4、白燈（尚無實際值）%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>；本年度報告已定稿</source>
        <translation>；本年度報告已定稿</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>；定稿前尚有 %n 項待補</source>
        <translation>
            <numerusform>；定稿前尚有 %n 項待補</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>年度報告定稿</source>
        <translation>年度報告定稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確定要取消 %1 年度報告的定稿？取消後實際值可再修改。</source>
        <translation>確定要取消 %1 年度報告的定稿？取消後實際值可再修改。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>匯入 KPI 實績</source>
        <translation>匯入 KPI 實績</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI實績匯入範本.xlsx</source>
        <translation>KPI實績匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇 KPI 實績檔案</source>
        <translation>選擇 KPI 實績檔案</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>匯出 KPI 報表</source>
        <translation>匯出 KPI 報表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI報表_%1.xlsx</source>
        <translation>KPI報表_%1.xlsx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>KPI 報表</source>
        <translation>KPI 報表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI報表_%1_%2年度.pdf</source>
        <translation>KPI報表_%1_%2年度.pdf</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/records_dialogs.py" line="-125"/>
        <source>%1 年度差勤統計</source>
        <translation>%1 年度差勤統計</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>儲存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入差勤統計…</source>
        <translation>匯入差勤統計…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事病假日數不含家庭照顧假、身心調適假、生理假及安胎休養的日數。</source>
        <translation>事病假日數不含家庭照顧假、身心調適假、生理假及安胎休養的日數。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事病假日數</source>
        <translation>事病假日數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>曠職日數</source>
        <translation>曠職日數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>遲到早退次數</source>
        <translation>遲到早退次數</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>日數須為數字，例如 3 或 2.5</source>
        <translation>日數須為數字，例如 3 或 2.5</translation>
    </message>
</context>
<context>
    <name>LoadingOverlay</name>
    <message>
        <location filename="../../hrplanner/ui/shell/loading.py" line="+23"/>
        <source>正在載入…</source>
        <translation>正在載入…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrplanner/ui/shell/main_window.py" line="+83"/>
        <source>HR Planner 人事訓練考核管理</source>
        <translation>HR Planner 人事訓練考核管理</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在開啟資料庫…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>就緒</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>檔案(&amp;F)</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入人員…</source>
        <translation>匯入人員…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下載匯入範本…</source>
        <translation>下載匯入範本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備份資料庫…</source>
        <translation>備份資料庫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>還原資料庫…</source>
        <translation>還原資料庫…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>工作(&amp;W)</source>
        <translation>工作(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檢視(&amp;V)</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>設定(&amp;S)</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>機關設定…</source>
        <translation>機關設定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>初次設定精靈…</source>
        <translation>初次設定精靈…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+307"/>
        <source>介面語言</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>說明(&amp;H)</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+315"/>
        <source>關於 HR Planner</source>
        <translation>關於 HR Planner</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>此頁面無法開啟：%1</source>
        <translation>此頁面無法開啟：%1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>正在載入…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>資料庫：%1（位於 %2）</source>
        <translation>資料庫：%1（位於 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>資料庫：伺服器 %1 上的 %2</source>
        <translation>資料庫：伺服器 %1 上的 %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>機關設定已儲存</source>
        <translation>機關設定已儲存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>備份資料庫</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hrplanner-備份.db</source>
        <translation>hrplanner-備份.db</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>已備份至 %1</source>
        <translation>已備份至 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>備份完成</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>備份失敗</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇要還原的備份檔</source>
        <translation>選擇要還原的備份檔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>還原資料庫</source>
        <translation>還原資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>以備份檔 %1 取代目前的資料庫？目前的資料庫會先另存一份到備份資料夾。</source>
        <translation>以備份檔 %1 取代目前的資料庫？目前的資料庫會先另存一份到備份資料夾。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>介面語言將於下次啟動 HR Planner 時套用。</source>
        <translation>介面語言將於下次啟動 HR Planner 時套用。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>HR Planner 人事訓練考核管理 %1
人事室的人員名冊、訓練、學習時數與考核。</source>
        <translation>HR Planner 人事訓練考核管理 %1
人事室的人員名冊、訓練、學習時數與考核。</translation>
    </message>
</context>
<context>
    <name>OpenYearDialog</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/open_dialog.py" line="+54"/>
        <location line="+109"/>
        <source>開辦考核年度</source>
        <translation>開辦考核年度</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>另辦第 3 期（9 月至 12 月，截止日同年終考績）</source>
        <translation>另辦第 3 期（9 月至 12 月，截止日同年終考績）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 月至 8 月的日期屬於次年，例如 01-31 為次年 1 月 31 日</source>
        <translation>1 月至 8 月的日期屬於次年，例如 01-31 為次年 1 月 31 日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考核的人員類別</source>
        <translation>考核的人員類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 1 期截止（月-日）</source>
        <translation>第 1 期截止（月-日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 2 期截止（月-日）</source>
        <translation>第 2 期截止（月-日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年終考績完成日期（月-日）</source>
        <translation>年終考績完成日期（月-日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各官等甲等比例上限</source>
        <translation>各官等甲等比例上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>再次開辦同一年度只會加入新進人員並更新尚未評分者的考績種類，不會變更已輸入的資料。</source>
        <translation>再次開辦同一年度只會加入新進人員並更新尚未評分者的考績種類，不會變更已輸入的資料。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>請至少選擇一個人員類別</source>
        <translation>請至少選擇一個人員類別</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>第 %1 期 %2</source>
        <translation>第 %1 期 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已開辦 %1 年度：考核名單 %2 人（%3）；平時考核 %4；年終考績應於 %5 前完成。</source>
        <translation>已開辦 %1 年度：考核名單 %2 人（%3）；平時考核 %4；年終考績應於 %5 前完成。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../hrplanner/ui/shell/pages.py" line="+69"/>
        <source>今日待辦</source>
        <translation>今日待辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人員名冊</source>
        <translation>人員名冊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>訓練班期</source>
        <translation>訓練班期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>學習時數</source>
        <translation>學習時數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>外部時數</source>
        <translation>外部時數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>證書清冊</source>
        <translation>證書清冊</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>平時考核</source>
        <translation>平時考核</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年終考績</source>
        <translation>年終考績</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>滿意度調查</source>
        <translation>滿意度調查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>進修</source>
        <translation>進修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>實施計畫</source>
        <translation>實施計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI 管考</source>
        <translation>KPI 管考</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>報表匯出</source>
        <translation>報表匯出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>辦公日曆</source>
        <translation>辦公日曆</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../hrplanner/ui/shell/pdf_preview.py" line="+41"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation>PDF 檔 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location line="+22"/>
        <source>預覽列印</source>
        <translation>預覽列印</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>無法開啟 PDF 檔「%1」</source>
        <translation>無法開啟 PDF 檔「%1」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>上一頁</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一頁</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>縮小</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>符合寬度</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整頁</source>
        <translation>整頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存 PDF…</source>
        <translation>另存 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>關閉</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>／共 %1 頁</source>
        <translation>／共 %1 頁</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>無法開始列印，請確認印表機設定</source>
        <translation>無法開始列印，請確認印表機設定</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>另存 PDF</source>
        <translation>另存 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無法儲存「%1」：%2</source>
        <translation>無法儲存「%1」：%2</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../hrplanner/ui/shell/people_picker.py" line="+45"/>
        <source>選擇人員</source>
        <translation>選擇人員</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>全部單位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>全部類別</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>搜尋姓名或員工編號</source>
        <translation>搜尋姓名或員工編號</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>全選</source>
        <translation>全選</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>已選 %1 人（共 %2 人）</source>
        <translation>已選 %1 人（共 %2 人）</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="-252"/>
        <source>「%1」不是年度（例：108 或 2019）</source>
        <translation>「%1」不是年度（例：108 或 2019）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新增計畫</source>
        <translation>新增計畫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯計畫</source>
        <translation>編輯計畫</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例：108/01/15</source>
        <translation>例：108/01/15</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>民國年，例：108</source>
        <translation>民國年，例：108</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>計畫代碼</source>
        <translation>計畫代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>計畫名稱</source>
        <translation>計畫名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訂定日期</source>
        <translation>訂定日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>計畫期間</source>
        <translation>計畫期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依據</source>
        <translation>依據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目標</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實施對象</source>
        <translation>實施對象</translation>
    </message>
</context>
<context>
    <name>PlanOutputs</name>
    <message>
        <location filename="../../hrplanner/ui/plans/outputs.py" line="+76"/>
        <source>%1
檔案：%2</source>
        <translation>%1
檔案：%2</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../hrplanner/ui/plans/plan_files.py" line="+41"/>
        <source>匯入計畫</source>
        <translation>匯入計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>計畫匯入範本.xlsx</source>
        <translation>計畫匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇計畫活頁簿</source>
        <translation>選擇計畫活頁簿</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>全部四個範例計畫</source>
        <translation>全部四個範例計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入範例計畫</source>
        <translation>匯入範例計畫</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>隨附的範例計畫（依原計畫內容建立）：</source>
        <translation>隨附的範例計畫（依原計畫內容建立）：</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>已匯入 %n 個範例計畫。</source>
        <translation>
            <numerusform>已匯入 %n 個範例計畫。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>匯出計畫</source>
        <translation>匯出計畫</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>計畫_%1.xlsx</source>
        <translation>計畫_%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>已匯出計畫（含 %n 項 KPI）至 %1</source>
        <translation>
            <numerusform>已匯出計畫（含 %n 項 KPI）至 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>計畫執行成果_%1_%2年度.xlsx</source>
        <translation>計畫執行成果_%1_%2年度.xlsx</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯出執行成果</source>
        <translation>匯出執行成果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>執行成果報告_%1_%2年度.pdf</source>
        <translation>執行成果報告_%1_%2年度.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>計畫執行成果報告</source>
        <translation>計畫執行成果報告</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/plans/plans_page.py" line="+77"/>
        <source>新增計畫…</source>
        <translation>新增計畫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯計畫…</source>
        <translation>編輯計畫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+379"/>
        <source>刪除計畫</source>
        <translation>刪除計畫</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>匯入計畫…</source>
        <translation>匯入計畫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入範例計畫…</source>
        <translation>匯入範例計畫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出計畫…</source>
        <translation>匯出計畫…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>策略／具體作法</source>
        <translation>策略／具體作法</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+101"/>
        <source>辦理期程</source>
        <translation>辦理期程</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+37"/>
        <source>完成度</source>
        <translation>完成度</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>連結班期</source>
        <translation>連結班期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新增策略…</source>
        <translation>新增策略…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增具體作法…</source>
        <translation>新增具體作法…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+419"/>
        <source>刪除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>尚無實施計畫。可新增計畫、匯入計畫活頁簿，或先匯入隨附的四個範例計畫。</source>
        <translation>尚無實施計畫。可新增計畫、匯入計畫活頁簿，或先匯入隨附的四個範例計畫。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>辦理情形</source>
        <translation>辦理情形</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>新增辦理情形…</source>
        <translation>新增辦理情形…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除辦理情形</source>
        <translation>刪除辦理情形</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班期代碼</source>
        <translation>班期代碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>結訓日</source>
        <translation>結訓日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人次</source>
        <translation>人次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數</source>
        <translation>時數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>連結班期…</source>
        <translation>連結班期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除連結</source>
        <translation>移除連結</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯出執行成果…</source>
        <translation>匯出執行成果…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印執行成果報告…</source>
        <translation>列印執行成果報告…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>計畫</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>具體作法</source>
        <translation>具體作法</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>績效指標</source>
        <translation>績效指標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>辦理單位</source>
        <translation>辦理單位</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>連結班期（執行成果的佐證）</source>
        <translation>連結班期（執行成果的佐證）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>執行成果年度</source>
        <translation>執行成果年度</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 至 %2 年</source>
        <translation>%1 至 %2 年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>計畫期間：%1&#x3000;主辦單位：%2</source>
        <translation>計畫期間：%1&#x3000;主辦單位：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>請在左側選擇一項具體作法。</source>
        <translation>請在左側選擇一項具體作法。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>確定要刪除計畫「%1」？其策略、具體作法、辦理情形與 KPI 都會一併刪除。</source>
        <translation>確定要刪除計畫「%1」？其策略、具體作法、辦理情形與 KPI 都會一併刪除。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>確定要刪除策略「%1」及其所有具體作法？</source>
        <translation>確定要刪除策略「%1」及其所有具體作法？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>確定要刪除具體作法「%1」？</source>
        <translation>確定要刪除具體作法「%1」？</translation>
    </message>
</context>
<context>
    <name>PortalExtras</name>
    <message>
        <location filename="../../hrplanner/ui/exports/portal_widgets.py" line="-138"/>
        <source>（自訂）</source>
        <translation>（自訂）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Big5（cp950，入口網站）</source>
        <translation>Big5（cp950，入口網站）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8（含 BOM）</source>
        <translation>UTF-8（含 BOM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出為 .csv 時使用的編碼；.xlsx 不受影響</source>
        <translation>匯出為 .csv 時使用的編碼；.xlsx 不受影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代碼表…</source>
        <translation>代碼表…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>時數登錄檔格式</source>
        <translation>時數登錄檔格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV 編碼</source>
        <translation>CSV 編碼</translation>
    </message>
</context>
<context>
    <name>PortalWidgets</name>
    <message>
        <location line="+138"/>
        <source>%1 等，另有 %2 人</source>
        <translation>%1 等，另有 %2 人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>下列人員的資料含有 %1 無法寫入的字，尚未產生檔案：
%2

%3</source>
        <translation>下列人員的資料含有 %1 無法寫入的字，尚未產生檔案：
%2

%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>改存成 UTF-8 檔（所有字都保留）</source>
        <translation>改存成 UTF-8 檔（所有字都保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>略過這些人並列出，其餘照常匯出</source>
        <translation>略過這些人並列出，其餘照常匯出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消匯出</source>
        <translation>取消匯出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>時數登錄檔有無法寫入的字</source>
        <translation>時數登錄檔有無法寫入的字</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../hrplanner/ui/training/print_actions.py" line="+54"/>
        <source>簽到表…</source>
        <translation>簽到表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>研習證明書…</source>
        <translation>研習證明書…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>班期成績冊</source>
        <translation>班期成績冊</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+109"/>
        <source>滿意度調查表</source>
        <translation>滿意度調查表</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+121"/>
        <source>滿意度調查結果</source>
        <translation>滿意度調查結果</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+17"/>
        <source>列印</source>
        <translation>列印</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+22"/>
        <source>簽到表</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>全部場次（共 %1 場）</source>
        <translation>全部場次（共 %1 場）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 %1 場&#x3000;%2</source>
        <translation>第 %1 場&#x3000;%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>列印簽到表</source>
        <translation>列印簽到表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要列印哪一場的簽到表？</source>
        <translation>要列印哪一場的簽到表？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>本週簽到表</source>
        <translation>本週簽到表</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>合併成一個 PDF（預覽後列印）</source>
        <translation>合併成一個 PDF（預覽後列印）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每人一個 PDF 檔（存到資料夾）</source>
        <translation>每人一個 PDF 檔（存到資料夾）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <location line="+6"/>
        <source>研習證明書</source>
        <translation>研習證明書</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>證明書要如何產生？</source>
        <translation>證明書要如何產生？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>證明書存放的資料夾</source>
        <translation>證明書存放的資料夾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>研習證明書 %1／%2</source>
        <translation>研習證明書 %1／%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>已產生 %1 個研習證明書檔案，存於 %2</source>
        <translation>已產生 %1 個研習證明書檔案，存於 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>正在產生%1…</source>
        <translation>正在產生%1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+27"/>
        <source>無法列印%1</source>
        <translation>無法列印%1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>要現在選擇一個 TrueType 中文字型檔（.ttf 或 .ttc）再列印一次嗎？</source>
        <translation>要現在選擇一個 TrueType 中文字型檔（.ttf 或 .ttc）再列印一次嗎？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>選擇列印字型</source>
        <translation>選擇列印字型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>「%1」不是 TrueType 字型檔（.ttf 或 .ttc）；.otf 等字型無法內嵌於 PDF。</source>
        <translation>「%1」不是 TrueType 字型檔（.ttf 或 .ttc）；.otf 等字型無法內嵌於 PDF。</translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <location filename="../../hrplanner/ui/settings/print_tab.py" line="+52"/>
        <source>序號</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>簽到</source>
        <translation>簽到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>簽退</source>
        <translation>簽退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用餐</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身分證字號(遮蔽)</source>
        <translation>身分證字號(遮蔽)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開始日期</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結束日期</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>研習期間</source>
        <translation>研習期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數</source>
        <translation>時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>機關全銜</source>
        <translation>機關全銜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長職稱</source>
        <translation>首長職稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長姓名</source>
        <translation>首長姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>證書字號</source>
        <translation>證書字號</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>自選字型</source>
        <translation>自選字型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows 字型</source>
        <translation>Windows 字型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系統字型</source>
        <translation>系統字型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>內附字型</source>
        <translation>內附字型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>列印時使用：%1（%2：%3）</source>
        <translation>列印時使用：%1（%2：%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TrueType 字型 (*.ttf *.ttc)</source>
        <translation>TrueType 字型 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>圖檔 (*.png *.jpg *.jpeg)</source>
        <translation>圖檔 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>自動（標楷體、系統字型或內附字型）</source>
        <translation>自動（標楷體、系統字型或內附字型）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>列印字型</source>
        <translation>列印字型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>字型檔</source>
        <translation>字型檔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>每行一個字型檔；空白時只用本機找到的字型（如全字庫正楷體 TW-Kai）</source>
        <translation>每行一個字型檔；空白時只用本機找到的字型（如全字庫正楷體 TW-Kai）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>加入…</source>
        <translation>加入…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>缺字改用</source>
        <translation>缺字改用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>橫式列印</source>
        <translation>橫式列印</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 列</source>
        <translation> 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留給臨時報名者手寫的空白列；不會單獨佔用一頁</source>
        <translation>留給臨時報名者手寫的空白列；不會單獨佔用一頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>簽到表</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>欄位</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>空白列</source>
        <translation>空白列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>可用欄位：{roc_year} 民國年、{year} 西元年、{seq} 流水號（{seq:04d} 補足四位）</source>
        <translation>可用欄位：{roc_year} 民國年、{year} 西元年、{seq} 流水號（{seq:04d} 補足四位）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>列出各學習類別的時數（如性別主流化、環境教育）</source>
        <translation>列出各學習類別的時數（如性別主流化、環境教育）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>空白表示使用預設文字。可用欄位：%1</source>
        <translation>空白表示使用預設文字。可用欄位：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不加印信</source>
        <translation>不加印信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>研習證明書</source>
        <translation>研習證明書</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>證書字號格式</source>
        <translation>證書字號格式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>證明書文字（自辦）</source>
        <translation>證明書文字（自辦）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>證明書文字（委辦）</source>
        <translation>證明書文字（委辦）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>證明書文字（薦送）</source>
        <translation>證明書文字（薦送）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>印信圖檔</source>
        <translation>印信圖檔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>依發證日期</source>
        <translation>依發證日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依班期結束日期</source>
        <translation>依班期結束日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>字號的年度</source>
        <translation>字號的年度</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>選擇列印字型</source>
        <translation>選擇列印字型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇缺字時改用的字型</source>
        <translation>選擇缺字時改用的字型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>選擇印信圖檔</source>
        <translation>選擇印信圖檔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>例：%1</source>
        <translation>例：%1</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../hrplanner/ui/shell/widgets.py" line="+98"/>
        <source>工作表</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>欄</source>
        <translation>欄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>問題</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="+135"/>
        <source>新增辦理情形</source>
        <translation>新增辦理情形</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯辦理情形</source>
        <translation>編輯辦理情形</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未填</source>
        <translation>未填</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辦理情形</source>
        <translation>辦理情形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成度</source>
        <translation>完成度</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../hrplanner/ui/shell/prompts.py" line="+73"/>
        <source>試算表 (*.xlsx *.csv);;Excel 活頁簿 (*.xlsx);;CSV 檔 (*.csv)</source>
        <translation>試算表 (*.xlsx *.csv);;Excel 活頁簿 (*.xlsx);;CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HR Planner 資料庫 (*.db);;所有檔案 (*)</source>
        <translation>HR Planner 資料庫 (*.db);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../hrplanner/ui/hours/page.py" line="+21"/>
        <source>%1（%2）%3 年度學習紀錄</source>
        <translation>%1（%2）%3 年度學習紀錄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>總時數 %1 小時&#x3000;%2&#x3000;%3</source>
        <translation>總時數 %1 小時&#x3000;%2&#x3000;%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已達成</source>
        <translation>已達成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚缺 %1 小時</source>
        <translation>尚缺 %1 小時</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../hrplanner/ui/exports/page.py" line="+117"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>班期</source>
        <translation>班期</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>計畫</source>
        <translation>計畫</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>匯出…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>取消匯出</source>
        <translation>取消匯出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>依序列出欄位，以逗號分隔；改名請寫「原名=新名」，如「課程代碼=課程編號」。</source>
        <translation>依序列出欄位，以逗號分隔；改名請寫「原名=新名」，如「課程代碼=課程編號」。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 列標題</source>
        <translation>1 列標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 列（加欄位說明）</source>
        <translation>2 列（加欄位說明）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每人每班一列</source>
        <translation>每人每班一列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依學習類別分列</source>
        <translation>依學習類別分列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每人每班一列時，學習類別取該班時數最多的類別；分列則每個學習類別一列。</source>
        <translation>每人每班一列時，學習類別取該班時數最多的類別；分列則每個學習類別一列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>儲存格式</source>
        <translation>儲存格式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>時數登錄檔欄位</source>
        <translation>時數登錄檔欄位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>匯出 Excel 報表</source>
        <translation>匯出 Excel 報表</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>下載範本…</source>
        <translation>下載範本…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入線上報名表…</source>
        <translation>匯入線上報名表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+296"/>
        <source>下載匯入範本</source>
        <translation>下載匯入範本</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>登錄期限</source>
        <translation>登錄期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>說明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+307"/>
        <source>標記已登錄</source>
        <translation>標記已登錄</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>登錄日期</source>
        <translation>登錄日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待登錄終身學習時數的班期</source>
        <translation>待登錄終身學習時數的班期</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>（不指定班期）</source>
        <translation>（不指定班期）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>無法儲存時數登錄檔格式</source>
        <translation>無法儲存時數登錄檔格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>時數登錄檔格式已儲存。</source>
        <translation>時數登錄檔格式已儲存。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待登錄</source>
        <translation>待登錄</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>待登錄 %1 班，其中逾期 %2 班。</source>
        <translation>待登錄 %1 班，其中逾期 %2 班。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>請先選擇班期。</source>
        <translation>請先選擇班期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>請先選擇計畫。</source>
        <translation>請先選擇計畫。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV 檔 (*.csv);;Excel 活頁簿 (*.xlsx)</source>
        <translation>CSV 檔 (*.csv);;Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel 活頁簿 (*.xlsx);;CSV 檔 (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>匯出中：%1…</source>
        <translation>匯出中：%1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 已匯出至 %2</source>
        <translation>%1 已匯出至 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已取消匯出，未留下檔案。</source>
        <translation>已取消匯出，未留下檔案。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>無法匯出</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已產生「%1」匯入範本：%2</source>
        <translation>已產生「%1」匯入範本：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>線上報名表已匯入：%1</source>
        <translation>線上報名表已匯入：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>請先在清單中選擇班期。</source>
        <translation>請先在清單中選擇班期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>無法標記已登錄</source>
        <translation>無法標記已登錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>班期 %1 已標記於 %2 登錄時數</source>
        <translation>班期 %1 已標記於 %2 登錄時數</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 個班期已標記於 %2 登錄時數</source>
        <translation>
            <numerusform>%n 個班期已標記於 %2 登錄時數</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseGridWidget</name>
    <message>
        <location filename="../../hrplanner/ui/survey/grid.py" line="+255"/>
        <source>刪除所選問卷</source>
        <translation>刪除所選問卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>每份問卷一列。按鍵：1–5 評分（5 非常滿意 … 1 非常不滿意）並跳到下一題，0 未作答，Delete 清除；開放題直接輸入文字。最後一列為新問卷。</source>
        <translation>每份問卷一列。按鍵：1–5 評分（5 非常滿意 … 1 非常不滿意）並跳到下一題，0 未作答，Delete 清除；開放題直接輸入文字。最後一列為新問卷。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>已輸入 %1 份；取得時數 %2 人；回收率 %3</source>
        <translation>已輸入 %1 份；取得時數 %2 人；回收率 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法輸入問卷回覆</source>
        <translation>無法輸入問卷回覆</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>刪除第 %1 號問卷？</source>
        <translation>刪除第 %1 號問卷？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除問卷</source>
        <translation>刪除問卷</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../hrplanner/ui/survey/results_view.py" line="+45"/>
        <source>題號</source>
        <translation>題號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>題目</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回覆數</source>
        <translation>回覆數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>開放意見</source>
        <translation>開放意見</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>無法讀取滿意度結果</source>
        <translation>無法讀取滿意度結果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>請選擇一個班期。</source>
        <translation>請選擇一個班期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回收問卷 %1 份／取得時數 %2 人，回收率 %3；整體平均滿意度 %4（5 分為非常滿意）</source>
        <translation>回收問卷 %1 份／取得時數 %2 人，回收率 %3；整體平均滿意度 %4（5 分為非常滿意）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>整體</source>
        <translation>整體</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部評分題</source>
        <translation>全部評分題</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>（沒有開放意見）</source>
        <translation>（沒有開放意見）</translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/records_dialogs.py" line="-253"/>
        <source>%1 年度獎懲登記</source>
        <translation>%1 年度獎懲登記</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>只列所選人員</source>
        <translation>只列所選人員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例：114/05/20</source>
        <translation>例：114/05/20</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>影響已核定的考績時必填</source>
        <translation>影響已核定的考績時必填</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新所選</source>
        <translation>更新所選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除所選</source>
        <translation>刪除所選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入獎懲…</source>
        <translation>匯入獎懲…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>發布日期</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>次數</source>
        <translation>次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>獎懲種類</source>
        <translation>獎懲種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文號</source>
        <translation>文號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改理由</source>
        <translation>修改理由</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>共 %1 筆，增減合計 %2 分</source>
        <translation>共 %1 筆，增減合計 %2 分</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../hrplanner/ui/hours/rules_dialog.py" line="+72"/>
        <source>學習時數規定</source>
        <translation>學習時數規定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> 年度起</source>
        <translation> 年度起</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：20</source>
        <translation>例：20</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>類別名稱</source>
        <translation>類別名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最低時數</source>
        <translation>最低時數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>包含的學習類別</source>
        <translation>包含的學習類別</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>新的學習類別，例：資訊安全</source>
        <translation>新的學習類別，例：資訊安全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加入清單</source>
        <translation>加入清單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增類別</source>
        <translation>新增類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除類別</source>
        <translation>刪除類別</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>儲存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>刪除此規定</source>
        <translation>刪除此規定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>既有規定</source>
        <translation>既有規定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>人員類別與起始年度</source>
        <translation>人員類別與起始年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全年最低時數</source>
        <translation>全年最低時數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>時數類別（每一類別的學習類別時數合計須達最低時數）</source>
        <translation>時數類別（每一類別的學習類別時數合計須達最低時數）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>（選擇以開啟）</source>
        <translation>（選擇以開啟）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1：%2 年度起</source>
        <translation>%1：%2 年度起</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>已儲存的規定，自 %1 年度起適用。</source>
        <translation>已儲存的規定，自 %1 年度起適用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>此類別尚無自 %1 年度起的規定；儲存後自該年度起適用。</source>
        <translation>此類別尚無自 %1 年度起的規定；儲存後自該年度起適用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>此類別尚無自 %1 年度起的規定，以下取自目前適用的規定；儲存後自該年度起適用。</source>
        <translation>此類別尚無自 %1 年度起的規定，以下取自目前適用的規定；儲存後自該年度起適用。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>「%1」包含的學習類別</source>
        <translation>「%1」包含的學習類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先選擇一個時數類別</source>
        <translation>先選擇一個時數類別</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>已儲存：%1 自 %2 年度起適用。</source>
        <translation>已儲存：%1 自 %2 年度起適用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>刪除時數規定</source>
        <translation>刪除時數規定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除 %1 自 %2 年度起的時數規定？之後改適用較早的規定（若有）。</source>
        <translation>刪除 %1 自 %2 年度起的時數規定？之後改適用較早的規定（若有）。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../hrplanner/ui/home/first_run.py" line="-124"/>
        <source>選擇名冊檔案並匯入…</source>
        <translation>選擇名冊檔案並匯入…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完成這一步就可以開始使用 HR Planner。</source>
        <translation>完成這一步就可以開始使用 HR Planner。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>匯入人員名冊</source>
        <translation>匯入人員名冊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按下方按鈕選擇名冊檔案：先對應欄位並試算，沒有問題才匯入。需要格式時，可在對話框中下載匯入範本。</source>
        <translation>按下方按鈕選擇名冊檔案：先對應欄位並試算，沒有問題才匯入。需要格式時，可在對話框中下載匯入範本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>載入示範機關</source>
        <translation>載入示範機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在建立示範機關的人員、班期與十年的紀錄…</source>
        <translation>正在建立示範機關的人員、班期與十年的紀錄…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>資料庫已可使用。之後可從「檔案 → 匯入人員…」匯入名冊，或從「設定 → 初次設定精靈…」再開啟本精靈。</source>
        <translation>資料庫已可使用。之後可從「檔案 → 匯入人員…」匯入名冊，或從「設定 → 初次設定精靈…」再開啟本精靈。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>機關資料已儲存</source>
        <translation>機關資料已儲存</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>已建立示範機關：%1 個單位、%2 人。按「完成」開始使用。</source>
        <translation>已建立示範機關：%1 個單位、%2 人。按「完成」開始使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已載入示範機關</source>
        <translation>已載入示範機關</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法建立示範機關：%1</source>
        <translation>無法建立示範機關：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>按「完成」開始使用。</source>
        <translation>按「完成」開始使用。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrplanner/ui/settings/dialog.py" line="+51"/>
        <source>機關設定</source>
        <translation>機關設定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>機關</source>
        <translation>機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訓練與時數</source>
        <translation>訓練與時數</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>列印與證書</source>
        <translation>列印與證書</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>考核</source>
        <translation>考核</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>機關全銜</source>
        <translation>機關全銜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>機關簡稱</source>
        <translation>機關簡稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長職稱</source>
        <translation>首長職稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首長姓名</source>
        <translation>首長姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編制內預算員額</source>
        <translation>編制內預算員額</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>匯入沒有員工編號的名冊時，新進人員依此編號；{seq} 為流水號，如 T{seq:04d}</source>
        <translation>匯入沒有員工編號的名冊時，新進人員依此編號；{seq} 為流水號，如 T{seq:04d}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>新進人員編號格式</source>
        <translation>新進人員編號格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>介面語言</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期顯示</source>
        <translation>日期顯示</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>請假未逾上限者：學習時數為課程時數扣除請假時數，或給予課程全部時數</source>
        <translation>請假未逾上限者：學習時數為課程時數扣除請假時數，或給予課程全部時數</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>此類別的班期視為新進人員的初任訓練</source>
        <translation>此類別的班期視為新進人員的初任訓練</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不設上限</source>
        <translation>不設上限</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>時數登錄期限（結訓後）</source>
        <translation>時數登錄期限（結訓後）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>初任人員訓練類別</source>
        <translation>初任人員訓練類別</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI 達成度顯示上限</source>
        <translation>KPI 達成度顯示上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI 黃燈門檻（達成度）</source>
        <translation>KPI 黃燈門檻（達成度）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>學習時數須於結訓後幾個工作天內登錄終身學習入口網站（依政府行政機關辦公日曆，含補行上班日）。匯出日期為 Excel 日期時，可在 Excel 中排序與計算。</source>
        <translation>學習時數須於結訓後幾個工作天內登錄終身學習入口網站（依政府行政機關辦公日曆，含補行上班日）。匯出日期為 Excel 日期時，可在 Excel 中排序與計算。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>無法儲存設定</source>
        <translation>無法儲存設定</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>例：新竹市政府</source>
        <translation>例：新竹市政府</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用於計算每年可進修人數上限（預算員額的十分之一，至少 1 人）</source>
        <translation>用於計算每年可進修人數上限（預算員額的十分之一，至少 1 人）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>民國紀年（109/03/05）</source>
        <translation>民國紀年（109/03/05）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>西元（2020-03-05）</source>
        <translation>西元（2020-03-05）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>介面語言與日期顯示於下次啟動時套用。</source>
        <translation>介面語言與日期顯示於下次啟動時套用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>依實際出席時數</source>
        <translation>依實際出席時數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>符合資格給全部時數</source>
        <translation>符合資格給全部時數</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> 個工作天</source>
        <translation> 個工作天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>民國文字（109/03/05）</source>
        <translation>民國文字（109/03/05）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 日期</source>
        <translation>Excel 日期</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>學習時數認列</source>
        <translation>學習時數認列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>匯出日期</source>
        <translation>匯出日期</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../hrplanner/ui/training/signup_dialog.py" line="+63"/>
        <source>匯入線上報名表</source>
        <translation>匯入線上報名表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇線上表單匯出的 .xlsx 或 .csv 檔</source>
        <translation>選擇線上表單匯出的 .xlsx 或 .csv 檔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇檔案…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（依檔案中的「班期代碼」欄）</source>
        <translation>（依檔案中的「班期代碼」欄）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>對應到報名欄位</source>
        <translation>對應到報名欄位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班期代碼</source>
        <translation>班期代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報名時間</source>
        <translation>報名時間</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>問題</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可匯入的報名</source>
        <translation>可匯入的報名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>選擇檔案並確認欄位對應後，按「試算」檢查；沒有問題才能匯入。</source>
        <translation>選擇檔案並確認欄位對應後，按「試算」檢查；沒有問題才能匯入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>試算</source>
        <translation>試算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>檔案</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>報名班期</source>
        <translation>報名班期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>欄位對應（與標準欄名相同者已自動對應；上次的選擇會被記住）</source>
        <translation>欄位對應（與標準欄名相同者已自動對應；上次的選擇會被記住）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>選擇線上報名表</source>
        <translation>選擇線上報名表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法讀取檔案</source>
        <translation>無法讀取檔案</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>試算中…</source>
        <translation>試算中…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>有 %1 個問題，未匯入任何資料；可匯入 %2 筆。請修正檔案或欄位對應後再試算。</source>
        <translation>有 %1 個問題，未匯入任何資料；可匯入 %2 筆。請修正檔案或欄位對應後再試算。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>檔案中沒有任何報名資料。</source>
        <translation>檔案中沒有任何報名資料。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>沒有問題：將報名 %1 人。按「匯入」寫入。</source>
        <translation>沒有問題：將報名 %1 人。按「匯入」寫入。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>匯入完成</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已報名 %1 人。</source>
        <translation>已報名 %1 人。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未匯入任何資料：%1</source>
        <translation>未匯入任何資料：%1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../hrplanner/ui/staff/dialog.py" line="+45"/>
        <source>編輯人員</source>
        <translation>編輯人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增人員</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身分證字號</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人員類別</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官等</source>
        <translation>官等</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到職日期</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電子郵件</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用餐</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在職狀態</source>
        <translation>在職狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>離職日期</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：109/03/05 或 2020-03-05</source>
        <translation>例：109/03/05 或 2020-03-05</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>擔任主管職務</source>
        <translation>擔任主管職務</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>資料已被他人變更</source>
        <translation>資料已被他人變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在您編輯期間，這位人員的資料已被其他人修改或刪除。您的修改沒有儲存；請關閉此視窗，重新開啟後再編輯。</source>
        <translation>在您編輯期間，這位人員的資料已被其他人修改或刪除。您的修改沒有儲存；請關閉此視窗，重新開啟後再編輯。</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../hrplanner/ui/staff/model.py" line="+62"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人員類別</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官等</source>
        <translation>官等</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身分證字號</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>到職日期</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>在職狀態</source>
        <translation>在職狀態</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../hrplanner/ui/staff/page.py" line="+47"/>
        <source>搜尋姓名或員工編號</source>
        <translation>搜尋姓名或員工編號</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>新增…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用（離職…）</source>
        <translation>停用（離職…）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>全部單位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部類別</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部狀態</source>
        <translation>全部狀態</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>共 %n 人</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>找不到人員</source>
        <translation>找不到人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>這位人員已被其他人刪除，清單將重新整理。</source>
        <translation>這位人員已被其他人刪除，清單將重新整理。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>變更在職狀態</source>
        <translation>變更在職狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>將 %1 的在職狀態改為：</source>
        <translation>將 %1 的在職狀態改為：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法變更在職狀態</source>
        <translation>無法變更在職狀態</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../hrplanner/ui/home/first_run.py" line="-163"/>
        <source>開始使用</source>
        <translation>開始使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要從哪裡開始？之後也可以從「檔案」選單匯入人員。</source>
        <translation>要從哪裡開始？之後也可以從「檔案」選單匯入人員。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入人員名冊（Excel 或 CSV，可對應欄位）</source>
        <translation>匯入人員名冊（Excel 或 CSV，可對應欄位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>載入示範機關（試用各項功能）</source>
        <translation>載入示範機關（試用各項功能）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先不匯入，以空白資料庫開始</source>
        <translation>先不匯入，以空白資料庫開始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>小型：約 60 人、8 個單位</source>
        <translation>小型：約 60 人、8 個單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大型：約 5,000 人、60 個單位（需數分鐘）</source>
        <translation>大型：約 5,000 人、60 個單位（需數分鐘）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>資料庫已有人員：示範資料只能建立在空的資料庫。</source>
        <translation>資料庫已有人員：示範資料只能建立在空的資料庫。</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../../hrplanner/ui/plans/dialogs.py" line="-106"/>
        <source>新增策略</source>
        <translation>新增策略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯策略</source>
        <translation>編輯策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：一 或 1</source>
        <translation>例：一 或 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>策略編號</source>
        <translation>策略編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>策略名稱</source>
        <translation>策略名稱</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../hrplanner/ui/study/dialog.py" line="+44"/>
        <source>週一</source>
        <translation>週一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週二</source>
        <translation>週二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週三</source>
        <translation>週三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週四</source>
        <translation>週四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週五</source>
        <translation>週五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週六</source>
        <translation>週六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>週日</source>
        <translation>週日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>部分辦公時間進修</source>
        <translation>部分辦公時間進修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全時進修</source>
        <translation>全時進修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公餘進修</source>
        <translation>公餘進修</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>新增進修紀錄</source>
        <translation>新增進修紀錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>編輯進修紀錄</source>
        <translation>編輯進修紀錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>選擇人員…</source>
        <translation>選擇人員…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>例：國立清華大學</source>
        <translation>例：國立清華大學</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：公共政策研究所</source>
        <translation>例：公共政策研究所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：碩士在職專班、學分班</source>
        <translation>例：碩士在職專班、學分班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：114/09/01</source>
        <translation>例：114/09/01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未定可留空</source>
        <translation>未定可留空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>機關首長核准日期；尚未核准請留空</source>
        <translation>機關首長核准日期；尚未核准請留空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未認定</source>
        <translation>尚未認定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> 小時</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>人員</source>
        <translation>人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進修類別</source>
        <translation>進修類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學校</source>
        <translation>學校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系所</source>
        <translation>系所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學位或學分</source>
        <translation>學位或學分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進修期間</source>
        <translation>進修期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每週公假時數</source>
        <translation>每週公假時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>與業務有關</source>
        <translation>與業務有關</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>核准日期</source>
        <translation>核准日期</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>選擇進修人員</source>
        <translation>選擇進修人員</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>只有部分辦公時間進修填每週公假時數。</source>
        <translation>只有部分辦公時間進修填每週公假時數。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每週合計 %1 小時（上限 %2 小時）</source>
        <translation>每週合計 %1 小時（上限 %2 小時）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>：超過上限，無法儲存</source>
        <translation>：超過上限，無法儲存</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>起始日期</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>結束日期</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>請填寫進修起始日期。</source>
        <translation>請填寫進修起始日期。</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../hrplanner/ui/study/page.py" line="+59"/>
        <source>符合</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不符合</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>資料不足</source>
        <translation>資料不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待核准</source>
        <translation>待核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>占用</source>
        <translation>占用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>部分辦公時間進修</source>
        <translation>部分辦公時間進修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全時進修</source>
        <translation>全時進修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公餘進修</source>
        <translation>公餘進修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新增…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>編輯…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>部分辦公時間進修每人每週至多 8 小時公假；部分辦公時間進修及全時進修每年核准人數不得超過編制內預算員額的十分之一（至少 1 人），公餘進修不受限制。</source>
        <translation>部分辦公時間進修每人每週至多 8 小時公假；部分辦公時間進修及全時進修每年核准人數不得超過編制內預算員額的十分之一（至少 1 人），公餘進修不受限制。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>讀取中…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>無</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 人</source>
        <translation>%1 %2 人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 年度部分辦公時間進修及全時進修名額：已用 %2／%3 人（%4）</source>
        <translation>%1 年度部分辦公時間進修及全時進修名額：已用 %2／%3 人（%4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>；編制內預算員額 %1 人</source>
        <translation>；編制內預算員額 %1 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（尚未設定，請至「機關設定」填寫）</source>
        <translation>（尚未設定，請至「機關設定」填寫）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>無法讀取進修紀錄</source>
        <translation>無法讀取進修紀錄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已儲存進修紀錄</source>
        <translation>已儲存進修紀錄</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>刪除 %1 的「%2」進修紀錄？</source>
        <translation>刪除 %1 的「%2」進修紀錄？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除進修紀錄</source>
        <translation>刪除進修紀錄</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>無法刪除進修紀錄</source>
        <translation>無法刪除進修紀錄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>匯入進修紀錄</source>
        <translation>匯入進修紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>進修匯入範本.xlsx</source>
        <translation>進修匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇進修紀錄檔案</source>
        <translation>選擇進修紀錄檔案</translation>
    </message>
</context>
<context>
    <name>SurveyChart</name>
    <message>
        <location filename="../../hrplanner/ui/survey/chart.py" line="-47"/>
        <source>非常滿意</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>滿意</source>
        <translation>滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普通</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不滿意</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非常不滿意</source>
        <translation>非常不滿意</translation>
    </message>
</context>
<context>
    <name>SurveyGrid</name>
    <message>
        <location filename="../../hrplanner/ui/survey/grid.py" line="-340"/>
        <source>問卷編號</source>
        <translation>問卷編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1（新）</source>
        <translation>%1（新）</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../hrplanner/ui/survey/import_dialog.py" line="+60"/>
        <source>匯入問卷回覆</source>
        <translation>匯入問卷回覆</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選擇問卷回覆的 .xlsx，或線上表單匯出的 .csv</source>
        <translation>選擇問卷回覆的 .xlsx，或線上表單匯出的 .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇檔案…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（依檔案中的「班期代碼」欄）</source>
        <translation>（依檔案中的「班期代碼」欄）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>對應到題目</source>
        <translation>對應到題目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>選擇檔案並確認欄位對應後，按「試算」檢查；沒有問題才能匯入。</source>
        <translation>選擇檔案並確認欄位對應後，按「試算」檢查；沒有問題才能匯入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>試算</source>
        <translation>試算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>檔案</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班期</source>
        <translation>班期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>欄位對應（題號、題目相同者已自動對應；上次的選擇會被記住）</source>
        <translation>欄位對應（題號、題目相同者已自動對應；上次的選擇會被記住）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>第 %1 題 %2</source>
        <translation>第 %1 題 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>選擇問卷回覆檔案</source>
        <translation>選擇問卷回覆檔案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>無法讀取檔案</source>
        <translation>無法讀取檔案</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>試算中…</source>
        <translation>試算中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>有 %1 個問題，未匯入任何資料。請修正檔案或欄位對應後再試算。</source>
        <translation>有 %1 個問題，未匯入任何資料。請修正檔案或欄位對應後再試算。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>檔案中沒有任何問卷回覆。</source>
        <translation>檔案中沒有任何問卷回覆。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>沒有問題：將新增 %1 份、更新 %2 份、未變更 %3 份。按「匯入」寫入。</source>
        <translation>沒有問題：將新增 %1 份、更新 %2 份、未變更 %3 份。按「匯入」寫入。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已匯入問卷回覆：新增 %1 份、更新 %2 份。</source>
        <translation>已匯入問卷回覆：新增 %1 份、更新 %2 份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入完成</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未匯入任何資料：%1</source>
        <translation>未匯入任何資料：%1</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <location filename="../../hrplanner/ui/survey/page.py" line="+53"/>
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>分組</source>
        <translation>分組</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名稱</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>班期數</source>
        <translation>班期數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回收份數</source>
        <translation>回收份數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回收率</source>
        <translation>回收率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>平均滿意度</source>
        <translation>平均滿意度</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>各班期</source>
        <translation>各班期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依類別及主辦單位</source>
        <translation>依類別及主辦單位</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>讀取中…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 個班期有問卷回覆，共 %2 份；回收率 %3；平均滿意度 %4</source>
        <translation>%1 個班期有問卷回覆，共 %2 份；回收率 %3；平均滿意度 %4</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>無法讀取滿意度調查</source>
        <translation>無法讀取滿意度調查</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <location filename="../../hrplanner/ui/survey/panel.py" line="+60"/>
        <source>問卷範本…</source>
        <translation>問卷範本…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>匯入回覆…</source>
        <translation>匯入回覆…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>列印調查表</source>
        <translation>列印調查表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>列印調查結果</source>
        <translation>列印調查結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>輸入回覆</source>
        <translation>輸入回覆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>統計結果</source>
        <translation>統計結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>問卷</source>
        <translation>問卷</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1（預設）</source>
        <translation>%1（預設）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已有回覆，問卷不能更換</source>
        <translation>已有回覆，問卷不能更換</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>無法更換問卷</source>
        <translation>無法更換問卷</translation>
    </message>
</context>
<context>
    <name>TeachersTab</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/teachers_tab.py" line="+81"/>
        <source>設定考核結果</source>
        <translation>設定考核結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送下一步</source>
        <translation>送下一步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考核結果</source>
        <translation>考核結果</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1教師成績考核：共 %2 人</source>
        <translation>%1教師成績考核：共 %2 人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1沒有教師成績考核（開辦年度時會一併開辦）</source>
        <translation>%1沒有教師成績考核（開辦年度時會一併開辦）</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../hrplanner/ui/survey/template_dialog.py" line="+48"/>
        <source>問卷範本</source>
        <translation>問卷範本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增範本</source>
        <translation>新增範本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+173"/>
        <source>刪除範本</source>
        <translation>刪除範本</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>設為預設</source>
        <translation>設為預設</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>題號</source>
        <translation>題號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>題目</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>題型</source>
        <translation>題型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>簡稱（圖表用）</source>
        <translation>簡稱（圖表用）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新增題目</source>
        <translation>新增題目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除所選題目</source>
        <translation>刪除所選題目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>儲存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>範本</source>
        <translation>範本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名稱</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1（預設）</source>
        <translation>%1（預設）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 個班期選用此範本。</source>
        <translation>%1 個班期選用此範本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未指定問卷的班期使用此範本。</source>
        <translation>未指定問卷的班期使用此範本。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>評分（1–5）</source>
        <translation>評分（1–5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開放（文字）</source>
        <translation>開放（文字）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>刪除問卷範本「%1」？</source>
        <translation>刪除問卷範本「%1」？</translation>
    </message>
</context>
<context>
    <name>TrainingImports</name>
    <message>
        <location filename="../../hrplanner/ui/training/imports.py" line="+31"/>
        <source>匯入班期</source>
        <translation>匯入班期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班期匯入範本.xlsx</source>
        <translation>班期匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇班期檔案（工作表：班期、場次）</source>
        <translation>選擇班期檔案（工作表：班期、場次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入報名</source>
        <translation>匯入報名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>報名匯入範本.xlsx</source>
        <translation>報名匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇報名檔案</source>
        <translation>選擇報名檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入出席</source>
        <translation>匯入出席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出席匯入範本.xlsx</source>
        <translation>出席匯入範本.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇出席檔案</source>
        <translation>選擇出席檔案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班期與場次…</source>
        <translation>班期與場次…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報名…</source>
        <translation>報名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席…</source>
        <translation>出席…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>匯入</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>TrainingModels</name>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="+96"/>
        <source>發生未預期的錯誤：%1</source>
        <translation>發生未預期的錯誤：%1</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="-277"/>
        <source>證書編號</source>
        <translation>證書編號</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrplanner/ui/survey/page.py" line="-181"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+144"/>
        <location line="+140"/>
        <source>班期代碼</source>
        <translation>班期代碼</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="-219"/>
        <location filename="../../hrplanner/ui/survey/page.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-139"/>
        <location line="+140"/>
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>核發日期</source>
        <translation>核發日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>作廢日期</source>
        <translation>作廢日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>目前時數</source>
        <translation>目前時數</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/survey/page.py" line="+1"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-139"/>
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回收份數</source>
        <translation>回收份數</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>取得時數人數</source>
        <translation>取得時數人數</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>回收率</source>
        <translation>回收率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>平均滿意度</source>
        <translation>平均滿意度</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="+1"/>
        <source>辦理方式</source>
        <translation>辦理方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>開始日期</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/survey/page.py" line="-23"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+5"/>
        <location line="+133"/>
        <source>結束日期</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/certificates/page.py" line="-23"/>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+7"/>
        <location filename="../../hrplanner/ui/training/models.py" line="-128"/>
        <location line="+133"/>
        <source>時數</source>
        <translation>時數</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-127"/>
        <source>正取/名額</source>
        <translation>正取/名額</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/appraisal/teachers_tab.py" line="-84"/>
        <source>考核結果</source>
        <translation>考核結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrplanner/ui/certificates/page.py" line="+13"/>
        <location filename="../../hrplanner/ui/hours/page.py" line="-265"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+6"/>
        <location line="+33"/>
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>檢核</source>
        <translation>檢核</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-20"/>
        <source>備取 %1</source>
        <translation>備取 %1</translation>
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
        <translation>員工編號</translation>
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
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>發布日期</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>獎懲種類</source>
        <translation>獎懲種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>次數</source>
        <translation>次數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>增減分數</source>
        <translation>增減分數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文號</source>
        <translation>文號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>事病假日數</source>
        <translation>事病假日數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>曠職日數</source>
        <translation>曠職日數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>遲到早退次數</source>
        <translation>遲到早退次數</translation>
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
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-29"/>
        <source>報名時間</source>
        <translation>報名時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>職務代理人</source>
        <translation>職務代理人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主管同意</source>
        <translation>主管同意</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>用餐</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>人員類別</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>總時數</source>
        <translation>總時數</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>達成</source>
        <translation>達成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>尚缺時數</source>
        <translation>尚缺時數</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/hours/external_page.py" line="+15"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+25"/>
        <source>來源</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+15"/>
        <source>學習類別</source>
        <translation>學習類別</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../hrplanner/ui/training/models.py" line="+3"/>
        <source>學習性質</source>
        <translation>學習性質</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/attendance_model.py" line="-60"/>
        <source>時數 %1</source>
        <translation>時數 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>無法取得時數：%1</source>
        <translation>無法取得時數：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>未登錄</source>
        <translation>未登錄</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>第 %1 場</source>
        <translation>第 %1 場</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 小時</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>請假時數</source>
        <translation>請假時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時數／警示</source>
        <translation>時數／警示</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/hours/page.py" line="-10"/>
        <source>已受訓</source>
        <translation>已受訓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待受訓</source>
        <translation>待受訓</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>到職日期</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>訓練期限</source>
        <translation>訓練期限</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/exports/page.py" line="+35"/>
        <source>登錄期限</source>
        <translation>登錄期限</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/study/page.py" line="+2"/>
        <source>進修類別</source>
        <translation>進修類別</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>進修期間</source>
        <translation>進修期間</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>人員</source>
        <translation>人員</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>學校系所</source>
        <translation>學校系所</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>核准日期</source>
        <translation>核准日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>占用名額</source>
        <translation>占用名額</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>選送資格</source>
        <translation>選送資格</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../hrplanner/ui/staff/model.py" line="-48"/>
        <source>在職</source>
        <translation>在職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留職停薪</source>
        <translation>留職停薪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>離職</source>
        <translation>離職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退休</source>
        <translation>退休</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>葷</source>
        <translation>葷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>素</source>
        <translation>素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不用餐</source>
        <translation>不用餐</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/training/models.py" line="-346"/>
        <source>正取</source>
        <translation>正取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備取</source>
        <translation>備取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>請假</source>
        <translation>請假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺課</source>
        <translation>缺課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>規劃中</source>
        <translation>規劃中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報名中</source>
        <translation>報名中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>進行中</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待結訓</source>
        <translation>待結訓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已結訓</source>
        <translation>已結訓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登錄時數</source>
        <translation>已登錄時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自辦</source>
        <translation>自辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委辦</source>
        <translation>委辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>薦送</source>
        <translation>薦送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>實體</source>
        <translation>實體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>數位</source>
        <translation>數位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>混成</source>
        <translation>混成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未請假缺課</source>
        <translation>未請假缺課</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班期</source>
        <translation>班期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外部</source>
        <translation>外部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有效</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待查</source>
        <translation>待查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作廢</source>
        <translation>作廢</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>請假逾三分之一</source>
        <translation>請假逾三分之一</translation>
    </message>
    <message>
        <location filename="../../hrplanner/ui/appraisal/common.py" line="-152"/>
        <source>未填</source>
        <translation>未填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已填</source>
        <translation>已填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已核</source>
        <translation>已核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未評擬</source>
        <translation>未評擬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已評擬</source>
        <translation>已評擬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初核</source>
        <translation>初核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>覆核</source>
        <translation>覆核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已核定</source>
        <translation>已核定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年終考績</source>
        <translation>年終考績</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另予考績</source>
        <translation>另予考績</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如期</source>
        <translation>如期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期完成</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未到期</source>
        <translation>尚未到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未填</source>
        <translation>逾期未填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>甲</source>
        <translation>甲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乙</source>
        <translation>乙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丙</source>
        <translation>丙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丁</source>
        <translation>丁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>嘉獎</source>
        <translation>嘉獎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記功</source>
        <translation>記功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記大功</source>
        <translation>記大功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申誡</source>
        <translation>申誡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記過</source>
        <translation>記過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記大過</source>
        <translation>記大過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作知能</source>
        <translation>工作知能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>創新研究</source>
        <translation>創新研究</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服務態度</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>品德操守</source>
        <translation>品德操守</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>領導協調</source>
        <translation>領導協調</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本俸</source>
        <translation>本俸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本俸最高俸級或年功俸</source>
        <translation>本俸最高俸級或年功俸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年功俸最高俸級</source>
        <translation>年功俸最高俸級</translation>
    </message>
</context>
<context>
    <name>YearEndModel</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/year_end_model.py" line="+34"/>
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官等</source>
        <translation>官等</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考績種類</source>
        <translation>考績種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>項目評分</source>
        <translation>項目評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操行</source>
        <translation>操行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>學識</source>
        <translation>學識</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>才能</source>
        <translation>才能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>獎懲增減</source>
        <translation>獎懲增減</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考績分數</source>
        <translation>考績分數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等次</source>
        <translation>等次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檢核</source>
        <translation>檢核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>甲等事證</source>
        <translation>甲等事證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>不辦理</source>
        <translation>不辦理</translation>
    </message>
</context>
<context>
    <name>YearEndPage</name>
    <message>
        <location filename="../../hrplanner/ui/appraisal/year_end_page.py" line="+105"/>
        <source>只列有問題者</source>
        <translation>只列有問題者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開辦年度…</source>
        <translation>開辦年度…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入考績…</source>
        <translation>匯入考績…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>獎懲登記…</source>
        <translation>獎懲登記…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差勤統計…</source>
        <translation>差勤統計…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考績委員會…</source>
        <translation>考績委員會…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出清冊…</source>
        <translation>匯出清冊…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印清冊</source>
        <translation>列印清冊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印通知書</source>
        <translation>列印通知書</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>公務人員考績</source>
        <translation>公務人員考績</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>教師成績考核</source>
        <translation>教師成績考核</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>全部單位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部狀態</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>讀取中…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>無法讀取考績</source>
        <translation>無法讀取考績</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 年度尚未開辦考績：請按「開辦年度…」。</source>
        <translation>%1 年度尚未開辦考績：請按「開辦年度…」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>共 %1 人，列出 %2 人；有問題者 %3 人</source>
        <translation>共 %1 人，列出 %2 人；有問題者 %3 人</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1：甲 %2／%3 人（%4），上限 %5 可列 %6 人</source>
        <translation>%1：甲 %2／%3 人（%4），上限 %5 可列 %6 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未填官等</source>
        <translation>未填官等</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>修改已核定的考績</source>
        <translation>修改已核定的考績</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考績已核定，修改須先在右側「修改理由」填寫理由（會記錄修改前後的內容）。</source>
        <translation>考績已核定，修改須先在右側「修改理由」填寫理由（會記錄修改前後的內容）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>無法儲存考績</source>
        <translation>無法儲存考績</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1年度考績清冊.xlsx</source>
        <translation>%1年度考績清冊.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>匯出考績清冊</source>
        <translation>匯出考績清冊</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考績清冊</source>
        <translation>考績清冊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>考績通知書</source>
        <translation>考績通知書</translation>
    </message>
</context>
<context>
    <name>_FilePicker</name>
    <message>
        <location filename="../../hrplanner/ui/settings/print_tab.py" line="-233"/>
        <source>選擇…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清除</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>_TableEditor</name>
    <message>
        <location filename="../../hrplanner/ui/exports/portal_widgets.py" line="-124"/>
        <source>代碼</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除</source>
        <translation>刪除</translation>
    </message>
</context>
</TS>
