//! The page component: loads the manifest, then lays out the header, the
//! filter, the team cards or the A–Z list, contact and footer.

use crate::components::card::CardGrid;
use crate::components::filter_bar::FilterBar;
use crate::components::header::{ContactSection, PageFooter, TeamHeader};
use crate::components::heading::heading;
use crate::components::people::FlatPeople;
use crate::components::people::TeamPeople;
use crate::components::states::{ErrorState, Loading, StoredCopyNotice};
use crate::control::PageControl;
use crate::events::{PageEvent, PageEvents};
use crate::i18n::Locale;
use crate::options::{PageOptions, View};
use crate::source::{LoadError, Loaded, ManifestSource};
use crate::state::PageState;
use crate::url::{use_page_url, UrlState};
use leptos::prelude::*;
use std::sync::Arc;
use teampage_core::i18n::Msg;

/// The team page: loads `source` and renders it, with every state handled.
/// `control` lets the host change the filter and view in place
/// ([`crate::control`]); `on_event` hears what the visitor and the loading
/// did ([`crate::events`]).
///
/// ```no_run
/// use leptos::prelude::*;
/// use teampage::{ManifestSource, PageOptions, TeamPage};
/// let page = view! { <TeamPage source=ManifestSource::url("team.json") options=PageOptions::default()/> };
/// ```
#[component]
pub fn TeamPage(
    source: ManifestSource,
    #[prop(optional)] options: PageOptions,
    #[prop(optional)] control: Option<PageControl>,
    #[prop(default = None)] on_event: Option<Callback<PageEvent>>,
) -> impl IntoView {
    let events = PageEvents::new(on_event);
    crate::state::filter::fold_with_the_browser();
    // The words the manifest is shown in: a language other than English
    // has its catalogue file, fetched beside the manifest (once per
    // language and document).
    let locale = Arc::new(Locale::for_options(&options));
    // What the latest load gave, with its words; `None` while it runs. A
    // plain signal set when the load ends (not a resource under
    // `<Suspense>`): the page needs neither their machinery nor its size.
    let loaded = RwSignal::new_local(None::<(Result<Arc<Loaded>, LoadError>, Arc<Locale>)>);
    // The request in flight: a Retry aborts it, so that two never race.
    let current = StoredValue::new_local(None::<web_sys::AbortController>);
    let load = {
        let (src, wanted) = (source.clone(), options.clone());
        move || {
            let control = web_sys::AbortController::new().ok();
            if let Some(old) = current
                .try_update_value(|c| std::mem::replace(c, control.clone()))
                .flatten()
            {
                old.abort();
            }
            loaded.try_set(None);
            let (src, words) = (src.clone(), Locale::load(&wanted));
            leptos::task::spawn_local(async move {
                let result = match &control {
                    Some(control) => src.load_with(control).await,
                    None => src.load().await,
                };
                let words = Arc::new(words.await);
                // An aborted request's answer is not the page's any more.
                let latest = current.try_with_value(|c| *c == control).unwrap_or(false);
                if latest {
                    loaded.try_set(Some((result, words)));
                }
            });
        }
    };
    load();
    let retry = Callback::new({
        let load = load.clone();
        move |_| load()
    });
    // Back online: replace a stored copy or a failed fetch with the server's.
    let on_online = window_event_listener(leptos::ev::online, move |_| {
        let stale = loaded.with_untracked(|r| match r {
            Some((Ok(data), _)) => data.stored_at.is_some(),
            Some((Err(LoadError::Fetch(_)), _)) => true,
            _ => false,
        });
        if stale {
            load();
        }
    });
    on_cleanup(move || {
        on_online.remove();
        if let Some(c) = current.try_update_value(Option::take).flatten() {
            c.abort();
        }
    });
    let described = source
        .url_of()
        .map_or_else(|| locale.t(Msg::GivenManifest), str::to_owned);
    let theme = options.theme.as_attr();
    let (lang, dir) = (locale.tag(), locale.dir());
    if options.standalone {
        set_document_lang(&locale);
    }
    provide_context(locale);
    let root = NodeRef::<leptos::html::Div>::new();
    root.on_load(|el| crate::components::styles::adopt(&el));
    // The first render starts from `options` and what the host set since;
    // a reload (Retry, back online) of a page that owns the URL starts from
    // what the URL holds by then.
    let reloaded = StoredValue::new(false);
    let shown = move || {
        let Some((result, locale)) = loaded.get() else {
            return view! { <Loading source=described.clone() retry=retry/> }.into_any();
        };
        let mut options = options.clone();
        if let Some(control) = &control {
            let (filter, view) = control.current();
            if let Some((text, techs)) = filter {
                (options.filter, options.techs) = (text, techs);
            }
            options.view = view.unwrap_or(options.view);
        }
        if options.own_url {
            // A reload, a shared link, or Retry: the URL says what the
            // visitor had (the standalone page, an embed, a Rust app alike).
            let url = UrlState::read();
            if reloaded.get_value() || url.says_state {
                (options.filter, options.techs, options.view) = (url.q, url.techs, url.view);
            }
        }
        reloaded.set_value(true);
        match result {
            Ok(data) => view! { <LoadedPage data=data options=options control=control.clone() events=events.clone() retry=retry locale=locale/> }.into_any(),
            Err(error) => {
                events.emit(error_event(&error));
                let level = options.title_level();
                let error = view! { <ErrorState error=error source=described.clone() retry=retry level=level locale=locale/> };
                // The standalone page's one landmark, as when it loads.
                if options.standalone {
                    view! { <main>{error}</main> }.into_any()
                } else {
                    error.into_any()
                }
            }
        }
    };
    view! { <div class="tp-root" node_ref=root data-theme=theme lang=lang dir=dir>{shown}</div> }
}

/// What the host hears of a manifest that could not be shown.
fn error_event(error: &LoadError) -> PageEvent {
    let (message, problems) = match error {
        LoadError::Fetch(why) => (
            format!("The team could not be loaded: {}", why.english()),
            vec![],
        ),
        LoadError::Refused(why) => (why.english(), vec![]),
        LoadError::Invalid(problems) => (
            "The team manifest is not valid".to_string(),
            problems.clone(),
        ),
    };
    PageEvent::Error { message, problems }
}

/// The page for a loaded, valid manifest.
#[component]
fn LoadedPage(
    data: Arc<Loaded>,
    options: PageOptions,
    control: Option<PageControl>,
    events: PageEvents,
    retry: Callback<()>,
    locale: Arc<Locale>,
) -> impl IntoView {
    provide_context(locale.clone());
    let state = PageState::new(
        data.clone(),
        options.filter.clone(),
        options.techs.clone(),
        options.view,
        options.id_prefix.clone(),
        events,
        locale,
    );
    state.events.emit(PageEvent::Load {
        teams: data.tree.len() - 1,
        people: data.tree.person_count(),
    });
    if let Some(control) = control {
        control.attach(&state);
        let st = state.clone();
        on_cleanup(move || control.detach(&st));
    }
    provide_context(state.clone());
    {
        let state = state.clone();
        on_cleanup(move || {
            state
                .alive
                .store(false, std::sync::atomic::Ordering::Relaxed);
            state.events.cancel_pending();
        });
    }
    // The search index is built once the page is painted (or by the first
    // filter change, if that comes sooner).
    {
        let data = data.clone();
        crate::schedule::after_paint(move || {
            data.index();
        });
    }
    let url = use_page_url(&state, options.own_url);
    let level = options.title_level();
    if options.standalone {
        set_document_title(&data.tree.team(0).name);
    }
    print_behaviour(&state);
    let team = data.tree.team(0).clone();
    let empty =
        data.tree.children(0).is_empty() && team.leads.is_empty() && team.members.is_empty();
    let contact = team.contact.clone();
    let meta = data.manifest.meta.clone();
    let view_sig = state.view;
    let teams_id = state.dom_id("tp-teams");
    let people_id = state.dom_id("tp-people");
    let contact_id = state.dom_id("tp-contact");
    let root_members = team.members.clone();
    let stored = data.stored_at.clone();
    let body = view! {
        {stored.map(|at| view! { <StoredCopyNotice stored_at=at retry=retry/> })}
        <TeamHeader team=team level=level/>
        {empty.then(|| view! { <p class="tp-empty-team">{state.locale.t(Msg::EmptyTeam)}</p> })}
        {(!empty).then(|| view! {
            <FilterBar url=url/>
            <section class="tp-section" aria-labelledby=teams_id.clone() hidden=move || view_sig.get() != View::Teams>
                {heading(level + 1, Some(teams_id.clone()), "tp-section-title", None, state.locale.t(Msg::Teams).into_any())}
                {(!root_members.is_empty()).then(|| view! {
                    <TeamPeople team=0 leads=false members=true/>
                })}
                <CardGrid teams=data.tree.children(0).to_vec() level=level + 2 nested=false/>
            </section>
            <section class="tp-section" aria-labelledby=people_id.clone() hidden=move || view_sig.get() != View::People>
                {heading(level + 1, Some(people_id.clone()), "tp-section-title", None, state.locale.t(Msg::Everyone).into_any())}
                {move || (view_sig.get() == View::People).then(|| view! { <FlatPeople/> })}
            </section>
        })}
        {contact.map(|c| view! { <ContactSection contact=c id=contact_id level=level + 1/> })}
    };
    let footer = meta.map(|m| view! { <PageFooter meta=m/> });
    let page = state.page;
    // English words where the language's catalogue file could not be had.
    let words_lang = (state.locale.lang() != state.locale.tag()).then(|| state.locale.lang());
    if options.standalone {
        view! { <div class="tp-page" node_ref=page lang=words_lang><main>{body}</main>{footer}</div> }.into_any()
    } else {
        view! { <div class="tp-page" node_ref=page lang=words_lang>{body}{footer}</div> }.into_any()
    }
}

/// The standalone page's document speaks the page's language.
fn set_document_lang(locale: &Locale) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", locale.tag());
        let _ = html.set_attribute("dir", locale.dir().unwrap_or("ltr"));
    }
}

/// The tab's title on the standalone page: the team's name (bookmarks and
/// tabs then say which team).
fn set_document_title(name: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(name);
    }
}

/// Printing shows every card open (their bodies are built first), then
/// restores what was open.
fn print_behaviour(state: &PageState) {
    let saved = StoredValue::new(None::<Vec<bool>>);
    let st = state.clone();
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        saved.set_value(Some(st.cards.open_states()));
        st.set_all_open(true, true);
    });
    let st = state.clone();
    let after = window_event_listener(leptos::ev::afterprint, move |_| {
        if let Some(open) = saved.try_update_value(Option::take).flatten() {
            for (i, o) in open.into_iter().enumerate() {
                st.set_open(i, o);
            }
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}
