'use strict'
// The load benchmark of issue 13 (docs/benchmarks.md): autocannon against a server on this machine
// (loopback only), every line bounded by a duration. Prints one Markdown table row per line: requests per
// second, median, p95, p99 (from every response's own time) and the failed ones (non-2xx/3xx, errors,
// timeouts).
//
//   node load.js BASE_URL PLAN [SECONDS] [CLIENTS...]
//   PLAN: table  the requests of issue 13's table, each alone, at every CLIENTS (default 10 50 100)
//         mix    caseworkers at work: form sign-in, case list pages and filters, name searches in both
//                scripts through the page and the API, case pages, a registration and an edit with its
//                version, report pages
//         page   the case list page (Faces) with a name search, through the page's own AJAX post
const autocannon = require('autocannon')

const [base, plan = 'table', secondsArg = '15', ...clientsArgs] = process.argv.slice(2)
if (!base || !/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/$/.test(base)) {
  console.error('usage: node load.js http://127.0.0.1:PORT/ table|mix|page [SECONDS] [CLIENTS...] (loopback only)')
  process.exit(2)
}
const seconds = Math.min(Number(secondsArg), 120)
const clients = clientsArgs.length ? clientsArgs.map(Number) : [10, 50, 100]
const PASSWORD = 'homeward-demo'
const basic = user => 'Basic ' + Buffer.from(user + ':' + PASSWORD).toString('base64')
const q = text => encodeURIComponent(text)

const API_LINES = [
  ['first page, head office', 'hq', 'api/v1/persons?size=50'],
  ['name search q=shevchenko', 'hq', 'api/v1/persons?q=shevchenko'],
  ['two words q=Шевченко Олексій', 'hq', 'api/v1/persons?q=' + q('Шевченко Олексій')],
  ['CHILD + KHARKIV, page 3', 'hq', 'api/v1/persons?category=CHILD&office=KHARKIV&page=3'],
  ['caseworker\'s first page', 'caseworker', 'api/v1/persons?size=50'],
  ['name search q=kovalenko', 'hq', 'api/v1/persons?q=kovalenko'],
  ['caseworker: name search q=Шевченко', 'caseworker', 'api/v1/persons?q=' + q('Шевченко')]
]

const VIEW_STATE = /name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"/
const NONCE = /'nonce-([^']+)'/
const CASE_ID = /"id":(\d+)/

// What a browser keeps between pages: the session cookie, the last page's view state and script nonce.
function keep (context, body, headers) {
  const cookie = [].concat(headers['set-cookie'] || []).map(c => c.split(';')[0]).find(c => c.startsWith('HOMEWARD_SESSION='))
  if (cookie) context.cookie = cookie
  const state = VIEW_STATE.exec(body || '')
  if (state) context.viewState = state[1].replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/&amp;/g, '&')
  const nonce = NONCE.exec(headers['content-security-policy'] || '') || NONCE.exec(body || '')
  if (nonce) context.nonce = nonce[1]
}

function page (path) {
  return {
    method: 'GET',
    path: '/' + path,
    setupRequest: (req, context) => ({ ...req, headers: { cookie: context.cookie || '' } }),
    onResponse: (status, body, context, headers) => { noteFailure('GET', path, status); keep(context, body, headers) }
  }
}

function form (path, fields, ajax) {
  return {
    method: 'POST',
    path: '/' + path,
    setupRequest: (req, context) => {
      const body = Object.entries(fields).concat([['jakarta.faces.ViewState', context.viewState || ''],
        ['primefaces.nonce', context.nonce || '']]).map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&')
      const headers = { cookie: context.cookie || '', 'content-type': 'application/x-www-form-urlencoded', origin: base.replace(/\/$/, '') }
      if (ajax) headers['faces-request'] = 'partial/ajax'
      return { ...req, headers, body }
    },
    onResponse: (status, body, context, headers) => { noteFailure('POST', path, status); keep(context, body, headers) }
  }
}

function caseListSearch (text) {
  return form('cases/list.xhtml', {
    'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': 'searchForm:search', 'jakarta.faces.partial.execute': '@all',
    'jakarta.faces.partial.render': 'searchForm:casesTable', 'searchForm:search': 'searchForm:search', searchForm: 'searchForm',
    'searchForm:q': text, 'searchForm:category': '', 'searchForm:side': '', 'searchForm:status': '', 'searchForm:office': '',
    'searchForm:oblast': '', 'searchForm:assignedTo': '', 'searchForm:restricted': ''
  }, true)
}

function signIn (user) {
  return [page('login.xhtml'), form('login.xhtml', {
    signInForm: 'signInForm', 'signInForm:username': user, 'signInForm:password': PASSWORD, 'signInForm:signIn': ''
  }, false)]
}

// Which requests of a sequence failed, by method and path, printed after each line: a sequence whose
// step fails quietly (a refused edit) would otherwise measure something else than it says.
const failures = {}
function noteFailure (method, path, status) {
  if (status >= 400) {
    const key = method + ' ' + String(path).replace(/\d+/g, 'N') + ' ' + status
    failures[key] = (failures[key] || 0) + 1
  }
}

function api (user, method, path, body, onResponse) {
  return {
    method,
    path: '/' + path,
    setupRequest: (req, context) => ({
      ...req,
      path: typeof path === 'function' ? '/' + path(context) : req.path,
      headers: { authorization: basic(user), 'content-type': 'application/json', accept: 'application/json' },
      body: typeof body === 'function' ? body(context) : body
    }),
    onResponse: (status, responseBody, context, headers) => {
      noteFailure(method, typeof path === 'function' ? 'api/v1/persons/N' : path, status)
      if (status >= 400 && process.env.LOAD_DEBUG) console.error(method, status, (responseBody || '').slice(0, 300))
      if (onResponse) onResponse(status, responseBody, context, headers)
    }
  }
}

const registration = name => JSON.stringify({
  category: 'POW', side: 'OWN', familyName: name, givenName: 'Олексій', sex: 'MALE', dateOfBirth: '1998-04-12', office: 'KYIV'
})

function mix () {
  return [
    ...signIn('caseworker'),
    page('cases/list.xhtml'),
    caseListSearch('Шевченко'),
    caseListSearch('kovalenko'),
    page('cases/list.xhtml?category=CHILD'),
    api('caseworker', 'GET', 'api/v1/persons?q=' + q('Бондаренко'), undefined,
      (status, body, context) => { const id = CASE_ID.exec(body || ''); if (id) context.caseId = id[1] }),
    page('cases/list.xhtml?status=LOCATED'),
    { ...page('cases/case.xhtml'), setupRequest: (req, context) => ({ ...req, path: '/cases/case.xhtml?id=' + (context.caseId || 0), headers: { cookie: context.cookie || '' } }) },
    api('caseworker', 'GET', 'api/v1/persons?q=melnyk&page=1'),
    api('caseworker', 'POST', 'api/v1/persons', registration('Навантаження'),
      (status, body, context) => { const id = CASE_ID.exec(body || ''); if (id) context.newId = id[1] }),
    api('caseworker', 'PUT', context => 'api/v1/persons/' + (context.newId || 0),
      () => JSON.stringify({ ...JSON.parse(registration('Навантаження')), oblast: 'Kharkivska', version: 0 })),
    api('caseworker', 'GET', 'api/v1/reports/status'),
    api('caseworker', 'GET', 'api/v1/reports/workload'),
    page('index.xhtml')
  ]
}

function pageSearch () {
  return [...signIn('caseworker'), page('cases/list.xhtml'),
    caseListSearch('Шевченко'), caseListSearch('kovalenko'), caseListSearch('Олексій'), caseListSearch('melnyk')]
}

function percentile (sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] : NaN
}

async function run (name, connections, options, timedPaths) {
  const times = []
  const failed = { count: 0 }
  const instance = autocannon({ url: base, connections, duration: seconds, timeout: 10, ...options })
  instance.on('response', (client, status, bytes, time) => {
    times.push(time)
    if (status >= 400) failed.count++
  })
  const result = await instance
  times.sort((a, b) => a - b)
  // autocannon's errors already include its timeouts.
  const errors = failed.count + result.errors
  console.log(`| ${name} | ${connections} | ${(times.length / seconds).toFixed(0)}/s | ${percentile(times, 50).toFixed(0)} ms | ` +
    `${percentile(times, 95).toFixed(0)} ms | ${percentile(times, 99).toFixed(0)} ms | ${errors}${result.timeouts ? ' (' + result.timeouts + ' timed out)' : ''} |`)
  for (const key of Object.keys(failures)) {
    console.log(`  failed: ${key} × ${failures[key]}`)
    delete failures[key]
  }
}

// Two requests per user first, one at a time: the server remembers verified API credentials for some
// minutes, so this measures the steady state, not fifty Argon2 checks of the same password at once
// (two, so that behind a balancer going round two nodes each node has checked them once).
async function warmUp () {
  for (const user of ['hq', 'caseworker']) {
    await autocannon({ url: base + 'api/v1/persons?size=1', amount: 2, connections: 1, headers: { authorization: basic(user) } })
  }
}

async function main () {
  await warmUp()
  console.log(`| request | clients | throughput | median | p95 | p99 | failed |\n|---|---|---|---|---|---|---|`)
  for (const connections of clients) {
    if (plan === 'table') {
      for (const [name, user, path] of API_LINES) {
        await run(name, connections, { headers: { authorization: basic(user), accept: 'application/json' }, requests: [{ method: 'GET', path: '/' + path }] })
      }
    } else if (plan === 'mix') {
      await run('mix (sign-in, pages, searches, case, edit, reports)', connections, { requests: mix() })
    } else if (plan === 'page') {
      await run('case list page with name searches', connections, { requests: pageSearch() })
    }
  }
}

main().catch(error => { console.error(error); process.exit(1) })
