//! Hebrew.

use super::{Catalogue, Count, Forms, Msg};

pub(super) static CATALOGUE: Catalogue = Catalogue {
    tag: "he",
    rtl: true,
    text,
    count,
};

fn text(m: Msg) -> &'static str {
    match m {
        Msg::FilterLabel => "סינון צוותים ואנשים",
        Msg::FilterPlaceholder => "שם, צוות, טכנולוגיה…",
        Msg::FilterKeyHint => "הקישו / לסינון",
        Msg::FilterByTechnology => "סינון לפי טכנולוגיה",
        Msg::ViewGroup => "הצגה",
        Msg::ViewTeams => "לפי צוות",
        Msg::Everyone => "כולם לפי א״ב",
        Msg::ExpandAll => "הרחבת הכול",
        Msg::CollapseAll => "כיווץ הכול",
        Msg::NoMatch => "אין תוצאות לסינון הזה.",
        Msg::ClearFilter => "ניקוי הסינון",
        Msg::NoneOfThemMatch => "אף אחד מהם לא מתאים לסינון.",
        Msg::EmptyTeam => "בצוות הזה אין עדיין אנשים או תתי־צוותים.",
        Msg::Teams => "צוותים",
        Msg::Counts => "{teams}, {people}",
        Msg::Permalink => "קישור אל {name}",
        Msg::Technologies => "טכנולוגיות",
        Msg::AliasFormer => "לשעבר {name}",
        Msg::AliasNickname => "המכונה {name}",
        Msg::FormerNames => "נודע בעבר בשם {names}",
        Msg::Nicknames => "נודע גם בשם {names}",
        Msg::ChatChannels => "ערוצי צ׳אט",
        Msg::Connect => "התחברות",
        Msg::ConnectLabel => "התחברות אל {channel} בצ׳אט האינטרנטי",
        Msg::Copy => "העתקה",
        Msg::Copied => "הועתק ✓",
        Msg::CopyLabel => "העתקת שם הערוץ {channel}",
        Msg::CopiedAnnounce => "הועתק ללוח",
        Msg::OnNetwork => "ב־{network}",
        Msg::Chat => "צ׳אט",
        Msg::Documentation => "תיעוד",
        Msg::Emergencies => "מקרי חירום",
        Msg::CardEmergency => "חירום: {link}",
        Msg::InAnEmergency => "במקרה חירום: {link}",
        Msg::LinkDocs => "תיעוד",
        Msg::LinkTracker => "מעקב",
        Msg::LinkRunbook => "נהלים",
        Msg::LinkDashboard => "לוח מחוונים",
        Msg::LinkChat => "צ׳אט",
        Msg::LinkOther => "קישור",
        Msg::Contact => "יצירת קשר עם הצוות",
        Msg::Licence => "התוכן זמין לפי {licence}, אלא אם צוין אחרת.",
        Msg::Source => "קוד מקור",
        Msg::EditPage => "עריכת הדף",
        Msg::LastEdited => "נערך לאחרונה ב־{date}",
        Msg::Lead => "ראש צוות",
        Msg::Leads => "ראשי הצוות",
        Msg::IrcNick => "כינוי IRC",
        Msg::IrcNickValue => "IRC: {nick}",
        Msg::TimeZone => "אזור זמן: {zone}",
        Msg::LocalTime => "{time} שעון מקומי",
        Msg::TeamsOf => "הצוותים של {name}",
        Msg::Loading => "הצוות נטען…",
        Msg::StillWaiting => "עדיין ממתין ל־{source}…",
        Msg::Retry => "ניסיון חוזר",
        Msg::Reload => "טעינה מחדש",
        Msg::LoadFailedTitle => "לא ניתן היה לטעון את הצוות",
        Msg::LoadFailed => "טעינת {source} נכשלה: {reason}.",
        Msg::InvalidTitle => "מניפסט הצוות אינו תקין",
        Msg::InvalidIntro => "ב־{source} יש {problems} לתיקון:",
        Msg::StoredCopy => "מוצג העותק מ־{time}; לא ניתן היה להגיע לשרת.",
    }
}
// Hebrew: one, two (a dual), other; `many` is kept for browsers with older
// CLDR data, which still return it for multiples of ten.
fn count(c: Count) -> Forms {
    let (one, two, other) = match c {
        Count::People => ("אדם אחד", "שני אנשים", "{n} אנשים"),
        Count::TeamCount => ("צוות אחד", "שני צוותים", "{n} צוותים"),
        Count::Subteams => ("תת־צוות אחד", "שני תתי־צוותים", "{n} תתי־צוותים"),
        Count::Problems => ("בעיה אחת", "שתי בעיות", "{n} בעיות"),
    };
    Forms {
        one: Some(one),
        two: Some(two),
        many: Some(other),
        other,
        ..Forms::default()
    }
}
