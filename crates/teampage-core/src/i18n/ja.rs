//! Japanese.

use super::{Catalogue, Count, Forms, Msg};

pub(super) static CATALOGUE: Catalogue = Catalogue {
    tag: "ja",
    rtl: false,
    text,
    count,
};

fn text(m: Msg) -> &'static str {
    match m {
        Msg::FilterLabel => "チームとメンバーを絞り込む",
        Msg::FilterPlaceholder => "名前、チーム、技術…",
        Msg::FilterKeyHint => "/ キーで絞り込み",
        Msg::FilterByTechnology => "技術で絞り込む",
        Msg::ViewGroup => "表示",
        Msg::ViewTeams => "チーム別",
        Msg::Everyone => "全員一覧",
        Msg::ExpandAll => "すべて展開",
        Msg::CollapseAll => "すべて折りたたむ",
        Msg::NoMatch => "この条件に一致するものはありません。",
        Msg::ClearFilter => "絞り込みを解除",
        Msg::NoneOfThemMatch => "条件に一致するメンバーはいません。",
        Msg::EmptyTeam => "このチームにはまだメンバーもサブチームもありません。",
        Msg::Teams => "チーム",
        Msg::Counts => "{teams}、{people}",
        Msg::Permalink => "{name} へのリンク",
        Msg::Technologies => "技術",
        Msg::AliasFormer => "旧称 {name}",
        Msg::AliasNickname => "別名 {name}",
        Msg::FormerNames => "旧称: {names}",
        Msg::Nicknames => "別名: {names}",
        Msg::ChatChannels => "チャットチャンネル",
        Msg::Connect => "接続",
        Msg::ConnectLabel => "Web チャットで {channel} に接続",
        Msg::Copy => "コピー",
        Msg::Copied => "コピーしました ✓",
        Msg::CopyLabel => "チャンネル名 {channel} をコピー",
        Msg::CopiedAnnounce => "クリップボードにコピーしました",
        Msg::OnNetwork => "{network} 上",
        Msg::Chat => "チャット",
        Msg::Documentation => "ドキュメント",
        Msg::Emergencies => "緊急連絡",
        Msg::CardEmergency => "緊急時: {link}",
        Msg::InAnEmergency => "緊急時の連絡先: {link}",
        Msg::LinkDocs => "ドキュメント",
        Msg::LinkTracker => "課題管理",
        Msg::LinkRunbook => "手順書",
        Msg::LinkDashboard => "ダッシュボード",
        Msg::LinkChat => "チャット",
        Msg::LinkOther => "リンク",
        Msg::Contact => "チームへの連絡",
        Msg::Licence => "特記のない限り、コンテンツは {licence} のもとで利用できます。",
        Msg::Source => "ソース",
        Msg::EditPage => "このページを編集",
        Msg::LastEdited => "最終更新: {date}",
        Msg::Lead => "リード",
        Msg::Leads => "リーダー",
        Msg::IrcNick => "IRC ニックネーム",
        Msg::IrcNickValue => "IRC: {nick}",
        Msg::TimeZone => "タイムゾーン: {zone}",
        Msg::LocalTime => "現地時刻 {time}",
        Msg::TeamsOf => "{name} の所属チーム",
        Msg::Loading => "チームを読み込んでいます…",
        Msg::StillWaiting => "{source} の応答を待っています…",
        Msg::Retry => "再試行",
        Msg::Reload => "再読み込み",
        Msg::LoadFailedTitle => "チームを読み込めませんでした",
        Msg::LoadFailed => "{source} の読み込みに失敗しました: {reason}。",
        Msg::InvalidTitle => "チームのマニフェストが正しくありません",
        Msg::InvalidIntro => "{source} に修正すべき問題が {problems} あります:",
        Msg::StoredCopy => "{time} のコピーを表示しています。サーバーに接続できませんでした。",
    }
}
// Japanese has one form; the counter word follows the number.
fn count(c: Count) -> Forms {
    let other = match c {
        Count::People => "{n} 人",
        Count::TeamCount => "{n} チーム",
        Count::Subteams => "{n} サブチーム",
        Count::Problems => "{n} 件",
    };
    Forms {
        other,
        ..Forms::default()
    }
}
