//! The names of the page's messages: one list, so that the keys hosts use
//! (`labels`) and the catalogues' `match`es cannot drift apart.

macro_rules! keyed {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $key:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            /// Every one, in the order of the list.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The key a host's `labels` use for it.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }
        }
    };
}

keyed! {
    /// A label, sentence or template the page writes. Placeholders are
    /// `{name}`; the English catalogue (`en.rs`) shows each one's text.
    Msg {
        FilterLabel = "filter-label",
        FilterPlaceholder = "filter-placeholder",
        FilterKeyHint = "filter-key-hint",
        FilterByTechnology = "filter-by-technology",
        ViewGroup = "view-group",
        ViewTeams = "view-teams",
        Everyone = "everyone",
        ExpandAll = "expand-all",
        CollapseAll = "collapse-all",
        NoMatch = "no-match",
        ClearFilter = "clear-filter",
        NoneOfThemMatch = "none-of-them-match",
        EmptyTeam = "empty-team",
        Teams = "teams",
        Counts = "counts",
        Permalink = "permalink",
        Technologies = "technologies",
        AliasFormer = "alias-former",
        AliasNickname = "alias-nickname",
        FormerNames = "former-names",
        Nicknames = "nicknames",
        ChatChannels = "chat-channels",
        Connect = "connect",
        ConnectLabel = "connect-label",
        Copy = "copy",
        Copied = "copied",
        CopyLabel = "copy-label",
        CopiedAnnounce = "copied-announce",
        OnNetwork = "on-network",
        Chat = "chat",
        Documentation = "documentation",
        Emergencies = "emergencies",
        CardEmergency = "card-emergency",
        InAnEmergency = "in-an-emergency",
        LinkDocs = "link-docs",
        LinkTracker = "link-tracker",
        LinkRunbook = "link-runbook",
        LinkDashboard = "link-dashboard",
        LinkChat = "link-chat",
        LinkOther = "link-other",
        Contact = "contact",
        Licence = "licence",
        Source = "source",
        EditPage = "edit-page",
        LastEdited = "last-edited",
        Lead = "lead",
        Leads = "leads",
        IrcNick = "irc-nick",
        IrcNickValue = "irc-nick-value",
        TimeZone = "time-zone",
        LocalTime = "local-time",
        TeamsOf = "teams-of",
        Loading = "loading",
        StillWaiting = "still-waiting",
        Retry = "retry",
        Reload = "reload",
        LoadFailedTitle = "load-failed-title",
        LoadFailed = "load-failed",
        InvalidTitle = "invalid-title",
        InvalidIntro = "invalid-intro",
        StoredCopy = "stored-copy",
        GivenManifest = "given-manifest",
        CannotFetch = "cannot-fetch",
        NoAnswer = "no-answer",
        HttpStatus = "http-status",
        BrokeOff = "broke-off",
        CrossOriginFailed = "cross-origin-failed",
        NetworkFailed = "network-failed",
        NotJson = "not-json",
        AnsweredHtml = "answered-html",
        TooLarge = "too-large",
        TooLargeSoFar = "too-large-so-far",
        BadAddress = "bad-address",
        BadScheme = "bad-scheme",
        OriginNotAllowed = "origin-not-allowed",
    }
}

keyed! {
    /// A counted noun: its forms depend on the number (`Intl.PluralRules`).
    Count {
        People = "people",
        TeamCount = "team-count",
        Subteams = "subteams",
        Problems = "problems",
    }
}
