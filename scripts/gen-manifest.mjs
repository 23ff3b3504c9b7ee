#!/usr/bin/env node
// Generates a large, valid team manifest (docs/manifest-v1.md) for tests and
// benchmarks of the filter, deterministically from a seed.
//
//   node scripts/gen-manifest.mjs --people 10000 --teams 500 --seed 1 > out.json
//
// Options: --people N (unique people, default 1000), --teams N (teams, the
// root included, default 50), --seed N (default 1), --max-depth N (default 4,
// the root being 0). The same options always give the same bytes. No
// dependencies: a small PRNG (mulberry32), no Date, no Math.random.
//
// What comes out: a root team with nested subteams up to --max-depth deep;
// every team has a unique id, a name, a summary, 0 to 5 technologies (from a
// list of 60), one or two channels on the Libera.Chat IRC network, a docs
// link, sometimes a short name and an alias; every person appears in at
// least one team (about one in ten in two), names drawn from many languages
// with their accents (Boruń, Mühlenhoff, Ségolène, Łukasz, Øyvind, ...),
// some with a role, an IRC nick, pronouns or a timezone. A one-line summary
// goes to stderr.

const USAGE =
  "usage: node scripts/gen-manifest.mjs [--people N] [--teams N] [--seed N] [--max-depth N] > manifest.json";

function parseArgs(argv) {
  const opts = { people: 1000, teams: 50, seed: 1, "max-depth": 4 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(USAGE + "\n");
      process.exit(0);
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !(m[1] in opts)) fail(`unknown argument ${JSON.stringify(arg)}`);
    const raw = m[2] !== undefined ? m[2] : argv[++i];
    if (raw === undefined || !/^\d+$/.test(raw)) fail(`--${m[1]} needs a non-negative integer`);
    opts[m[1]] = Number(raw);
  }
  if (opts.teams < 1) fail("--teams must be at least 1");
  if (opts["max-depth"] > 16) fail("--max-depth is at most 16 (the spec's limit)");
  if (opts.teams > 1 && opts["max-depth"] < 1) fail("--max-depth 0 allows one team only");
  if (opts.seed > 0xffffffff) fail("--seed is at most 4294967295");
  return opts;
}

function fail(msg) {
  process.stderr.write(`gen-manifest: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

// mulberry32: a 32-bit PRNG, good enough and tiny.
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  // Polish, Czech, Slovak, Croatian, Serbian, Slovenian
  "Joanna", "Łukasz", "Małgorzata", "Paweł", "Zofia", "Michał", "Wojciech", "Agnieszka",
  "Jiří", "Tomáš", "Kateřina", "Lukáš", "Zdeněk", "Ľubomír", "Đorđe", "Mirjana", "Žiga", "Ana",
  // German, Dutch, Scandinavian, Icelandic, Finnish
  "Moritz", "Jürgen", "Dörte", "Lena", "Søren", "Øyvind", "Åsa", "Bjørn", "Sigríður", "Þórunn",
  "Ægir", "Päivi", "Jyrki", "Sanne", "Joëlle", "Maarten",
  // French, Spanish, Portuguese, Italian, Catalan, Romanian
  "Ségolène", "Françoise", "Hélène", "Jérôme", "Anaïs", "José", "María", "Begoña", "Iñaki", "Nuño",
  "João", "Conceição", "Gonçalo", "Niccolò", "Raffaella", "Jordi", "Núria", "Ștefan", "Ioana",
  // Turkish, Hungarian, Baltic, Greek, Vietnamese
  "Çağla", "Gökhan", "İlker", "Ömer", "Zoë", "Gábor", "Erzsébet", "Rūta", "Jānis", "Dainius",
  "Giannis", "Eleni", "Nguyễn", "Thảo",
  // Other languages and plain ASCII
  "Aiko", "Hiroshi", "Wei", "Mei", "Priya", "Arjun", "Oluwaseun", "Chidi", "Amara", "Kwame",
  "Fatima", "Yusuf", "Leila", "Dmitri", "Olga", "Siobhán", "Seán", "Chris", "John", "Emma",
  "Leo", "Sam", "Alex", "Kim", "Noor", "Mateo", "Lucía", "Renée", "Chloé", "Noël", "Håkon",
  "Ingrid", "Karin", "Matthias", "Filippo", "Effie", "Cathal", "Riccardo", "Arzhel", "Sukhbir",
  "Valentín", "Emanuele", "Giuseppe", "Wolfgang", "Alexandros", "Daniel", "Reuven", "Kunal",
];

const LAST = [
  "Boruń", "Mühlenhoff", "Ñuñez", "Wiśniewski", "Wójcik", "Kowalczyk", "Szymański", "Dąbrowski",
  "Łęcka", "Zieliński", "Novák", "Dvořák", "Černý", "Procházka", "Kučera", "Horváth", "Kovačević",
  "Petrović", "Đukić", "Šimić", "Müller", "Schröder", "Groß", "Weiß", "Köhler", "Bäcker", "van der Berg",
  "de Vries", "Sørensen", "Østergaard", "Ångström", "Lindqvist", "Þórsdóttir", "Guðmundsson",
  "Mäkinen", "Häkkinen", "Lefèvre", "Dupré", "Bérubé", "Gauthier", "Garçon", "Rodríguez",
  "Fernández", "Muñoz", "Ibáñez", "Peña", "Gonçalves", "Conceição", "Araújo", "Simões", "Ricci",
  "Bernardò", "Puig", "Ferrà", "Popescu", "Țurcanu", "Ștefănescu", "Yılmaz", "Öztürk", "Şahin",
  "Çelik", "Nagy", "Szabó", "Tóth", "Kazlauskas", "Bērziņš", "Papadopoulos", "Nguyễn", "Trần",
  "Tanaka", "Sato", "Wang", "Li", "Zhang", "Patel", "Sharma", "Okafor", "Adeyemi", "Mensah",
  "Haddad", "Aziz", "Ivanov", "Petrov", "Ó Briain", "O’Sullivan", "Mac Giolla", "Smith", "Jones",
  "Bond", "Black", "White", "Mata", "Danis", "Mooney", "Younsi", "Giunchedi", "Herron", "Lavagetto",
  "Kosiaris", "Lazarus", "Mouzeli", "Zahn", "Meybohm", "Mehta", "Rocca", "Singh", "Gutiérrez",
  "Chevalier", "Leroy", "Laurent", "Fontaine", "Lambert", "Hansen", "Johansson", "Nilsson",
];

const TECHS = [
  "Apache Kafka", "Ansible", "ATS", "Bacula", "BIND", "Calico", "Cassandra", "Ceph", "Cumin",
  "Debian", "DNS", "Docker", "Elasticsearch", "Envoy", "etcd", "Flink", "Ganeti", "Gerrit", "Git",
  "Go", "Grafana", "Hadoop", "HAProxy", "Helm", "Icinga", "Java", "Jenkins", "Kibana", "Kubernetes",
  "Logstash", "LVS", "MariaDB", "Memcached", "MediaWiki", "MySQL", "Netbox", "Nginx", "Node.js",
  "OpenSearch", "OpenStack", "Phabricator", "PHP", "PostgreSQL", "Prometheus", "Puppet", "Python",
  "RabbitMQ", "Redis", "Rust", "Spark", "Swift", "Terraform", "Thanos", "TLS", "Varnish", "Vault",
  "WebAssembly", "Wikidata Query Service", "ZooKeeper", "Zuul",
];

const AREAS = [
  "Infrastructure", "Platform", "Data", "Search", "Edge", "Traffic", "Storage", "Network",
  "Observability", "Security", "Release", "Build", "Identity", "Payments", "Mobile", "Web",
  "Analytics", "Machine Learning", "Developer Experience", "Reliability", "Database", "Cloud",
  "Compute", "Messaging", "Media", "Localization", "Accessibility", "Privacy", "Billing",
  "Content", "Community", "Documentation", "Quality", "Performance", "Capacity", "Caching",
];

const KINDS = [
  "Foundations", "Operations", "Engineering", "Services", "Tools", "Core", "Infrastructure",
  "Platform", "Systems", "Automation", "Integrations", "Research", "Support", "Enablement",
];

const VERBS = [
  "builds and maintains", "operates", "designs", "runs", "looks after", "develops",
  "keeps healthy", "scales", "secures", "automates",
];

const OBJECTS = [
  "the systems that serve every request", "our production clusters", "the shared libraries and services",
  "data pipelines from ingestion to reporting", "the deployment tooling used by every team",
  "the monitoring and alerting stack", "caching layers in every data center",
  "the storage that keeps our content safe", "identity and access for staff and volunteers",
  "the on-call rotations and incident response",
];

const ROLES = [
  "Engineering Manager", "Staff Engineer", "Senior SRE", "SRE", "Software Engineer",
  "Product Manager", "Technical Program Manager", "Data Engineer", "Security Engineer",
  "Tech Lead", "Director", "Intern",
];

const PRONOUNS = ["she/her", "he/him", "they/them", "she/they", "he/they"];
const TIMEZONES = [
  "Europe/Warsaw", "Europe/Berlin", "Europe/Madrid", "America/New_York", "America/Los_Angeles",
  "Asia/Kolkata", "Asia/Tokyo", "Africa/Lagos", "Australia/Sydney", "UTC",
];

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const rand = mulberry32(opts.seed);
  const int = (n) => Math.floor(rand() * n); // 0 <= int(n) < n
  const pick = (list) => list[int(list.length)];
  const chance = (p) => rand() < p;

  const plain = (s) =>
    s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/ł/g, "l").replace(/Ł/g, "L").replace(/[øØ]/g, "o").replace(/[đĐðÐ]/g, "d")
      .replace(/ß/g, "ss").replace(/[æÆ]/g, "ae").replace(/[þÞ]/g, "th").replace(/ı/g, "i");
  const slug = (s) =>
    plain(s)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "team";

  // People: unique names, first + last, a middle initial or a second
  // surname when the plain combination is taken.
  const names = new Set();
  const people = [];
  const INITIALS = "ABCDEFGHIJKLMNOPRSTUVWZ";
  let guard = 0;
  while (people.length < opts.people) {
    if (++guard > opts.people * 50 + 1000) fail("could not make enough unique names");
    let name = `${pick(FIRST)} ${pick(LAST)}`;
    if (names.has(name)) {
      const [first, ...rest] = name.split(" ");
      name = chance(0.5)
        ? `${first} ${INITIALS[int(INITIALS.length)]}. ${rest.join(" ")}`
        : `${first} ${rest.join(" ")}-${pick(LAST)}`;
      if (names.has(name)) continue;
    }
    names.add(name);
    const person = { name };
    if (chance(0.35)) person.role = pick(ROLES);
    if (chance(0.4)) {
      const nick = plain(name).toLowerCase().replace(/[^a-z0-9]/g, "");
      person.irc_nick = (nick.slice(0, 1 + int(3)) + nick.slice(-(3 + int(5)))).slice(0, 16);
    }
    if (chance(0.15)) person.pronouns = pick(PRONOUNS);
    if (chance(0.2)) person.timezone = pick(TIMEZONES);
    if (chance(0.3)) person.url = `https://people.example.org/${encodeURIComponent(slug(name))}`;
    people.push(person);
  }

  // Teams: a few top-level groups under the root, then every other team at a
  // random depth (deeper levels more likely) under a random team one level
  // up.
  const maxDepth = opts["max-depth"];
  const ids = new Set();
  const teams = [];
  const uniqueId = (base) => {
    let id = base.slice(0, 60).replace(/-+$/, "");
    for (let k = 2; ids.has(id); k++) id = `${base.slice(0, 55)}-${k}`;
    ids.add(id);
    return id;
  };
  const makeTeam = (name, depth) => {
    const id = uniqueId(slug(name));
    const team = { id, name };
    const words = name.split(" ");
    if (words.length > 1 && chance(0.3)) {
      team.short_name = words.map((w) => plain(w)[0].toUpperCase()).join("");
    }
    if (chance(0.15)) {
      team.aliases = [{ name: `${pick(AREAS)} ${pick(KINDS)}`, kind: chance(0.5) ? "former" : "nickname" }];
    }
    const techs = [];
    for (let k = int(6); k > 0; k--) {
      const t = pick(TECHS);
      if (!techs.includes(t)) techs.push(t);
    }
    const what = `The ${name} team ${pick(VERBS)} ${pick(OBJECTS)}.`;
    const uses = techs.length ? ` We work with ${techs.join(", ")}.` : "";
    const more = chance(0.4) ? `\n\nWe are on call around the clock and ${pick(VERBS)} ${pick(OBJECTS)}.` : "";
    team.summary = what + uses + more;
    if (techs.length) team.technologies = techs;
    const chan = `#${id}`.slice(0, 50);
    team.channels = [{ network: "libera", channel: chan }];
    if (chance(0.3)) {
      team.channels.push({
        network: "libera",
        channel: `${chan.slice(0, 43)}-alerts`,
        description: "Automated alerts; please keep discussion in the main channel.",
      });
    }
    team.links = [{ title: `${name} on the wiki`, url: `https://wiki.example.org/teams/${id}`, kind: "docs" }];
    if (chance(0.3)) {
      team.links.push({ title: "Task board", url: `https://tasks.example.org/tag/${id}/`, kind: "tracker" });
    }
    team.leads = [];
    team.members = [];
    team.subteams = [];
    teams.push({ team, depth, weight: 0.3 + rand() * 1.7 });
    return team;
  };

  const root = makeTeam("Example Engineering", 0);
  root.short_name = "EE";
  const usedNames = new Set([root.name]);
  const byDepth = [[teams[0]]];
  const top = Math.min(opts.teams - 1, Math.max(1, Math.min(12, Math.round(Math.sqrt(opts.teams) / 3))));
  for (let i = 1; i < opts.teams; i++) {
    let depth = 1;
    if (i > top && maxDepth > 1) {
      // Weights: depth 2 → 2, deeper → 3 each.
      const weights = [];
      for (let d = 2; d <= maxDepth; d++) weights.push(d === 2 ? 2 : 3);
      let x = rand() * weights.reduce((a, b) => a + b, 0);
      depth = 2;
      while (depth < maxDepth && (x -= weights[depth - 2]) >= 0) depth++;
      while (!byDepth[depth - 1]) depth--;
    }
    const parent = pick(byDepth[depth - 1]);
    let name;
    for (let tries = 0; ; tries++) {
      name = `${pick(AREAS)} ${pick(KINDS)}`;
      if (!usedNames.has(name)) break;
      if (tries > 20) {
        name = `${name} ${i}`;
        break;
      }
    }
    usedNames.add(name);
    parent.team.subteams.push(makeTeam(name, depth));
    (byDepth[depth] ??= []).push(teams[teams.length - 1]);
  }

  // Everyone in one team (weighted), about one in ten in a second one; the
  // first one or two people placed in a team lead it.
  const total = teams.reduce((s, t) => s + t.weight, 0);
  const weighted = () => {
    let x = rand() * total;
    for (const t of teams) {
      x -= t.weight;
      if (x < 0) return t;
    }
    return teams[teams.length - 1];
  };
  let entries = 0;
  const place = (person, t) => {
    const team = t.team;
    const already = team.leads.concat(team.members).some((p) => p.name === person.name);
    if (already) return;
    const leadSlots = t.depth === 0 ? 2 : 1 + (t.weight > 1.4 ? 1 : 0);
    if (team.leads.length < leadSlots && chance(0.7)) team.leads.push(person);
    else team.members.push(person);
    entries++;
  };
  for (const person of people) {
    place(person, weighted());
    if (chance(0.1)) place(person, weighted());
  }

  // Drop empty arrays so the output looks hand-written.
  let deepest = 0;
  for (const { team, depth } of teams) {
    deepest = Math.max(deepest, depth);
    for (const key of ["leads", "members", "subteams"]) if (team[key].length === 0) delete team[key];
  }
  if (root.leads) root.leads_title = "Management";

  const manifest = {
    manifest_version: 1,
    networks: {
      libera: {
        name: "Libera.Chat",
        protocol: "irc",
        host: "irc.libera.chat",
        port: 6697,
        tls: true,
        webchat: "https://web.libera.chat/#{channel}",
      },
    },
    team: root,
    meta: {
      source_url: "https://example.org/generated",
      last_edited: "2026-01-01",
      license: { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
    },
  };
  const json = JSON.stringify(manifest, null, 2) + "\n";
  process.stdout.write(json);
  process.stderr.write(
    `gen-manifest: seed ${opts.seed}: ${teams.length} teams (max depth ${deepest}), ` +
      `${people.length} people (${entries} entries), ${Buffer.byteLength(json)} bytes\n`,
  );
}

main();
