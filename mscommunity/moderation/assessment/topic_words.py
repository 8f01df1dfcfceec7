"""The word lists :mod:`.topic` weighs: health words, scene words, words of other topics.

Pure Python, data only (compiled :class:`.lexicon.Lexicon` objects and word
sets). Health: ``_MEDICAL`` (symptoms, treatments, tests), ``_CARE``
(clinicians and places of care), ``_WEAK`` (scene-setting: "MS", "diagnosed",
"wheelchair"), ``_AMBIGUOUS`` (health words with an everyday sense, and the
body words that count in full when owned: ``_OWNABLE``, ``_OWNERS``,
``_SYMPTOM_ADJ``, ``_SIDES``). Other topics: ``_OTHER`` and ``_OTHER_WEAK``
(benefits, money, cars, home, work). ``_NOT_HEALTH_RE``: phrases of money, law,
school, work or politics that cancel a health word inside them, looked for only
near the stems in ``_CANCELLABLE``, within ``_WINDOW`` characters.
"""

from __future__ import annotations

from mscommunity.moderation.assessment.document import rx
from mscommunity.moderation.assessment.lexicon import _lexicon

_MEDICAL = _lexicon(
    # symptoms and body functions
    r"numb\w*|tingl\w*|pains?|painful|aches?|aching|spasms?|spastic\w*|cramps?|fatigue\w*|"
    r"wiped\s+out|dizz\w*|vertigo|tremors?|weakness|"
    r"blur\w*|optic|neuritis|bladder|bowels?|continence|incontinen\w*|urin\w*|"
    r"urgency|utis?|catheters?|constipat\w*|retention|swallow\w*|chok\w*|cough\w*|"
    r"cognitive|confused|confusion|brain\s+fog|seizures?|heart\s+(?:rate|beat)|heartbeat|heartrate|palpitations?|infections?|"
    r"fever|flu|headaches?|migraines?|relaps\w*|lesions?|flare\w*|symptoms?|"
    r"side[- ]effects?|foot\s+drop|"
    r"insomnia|sleep\w*|slept|depress\w*|anxiety|pregnan\w*|breastfeed\w*|"
    r"pressure\s+(?:sores?|areas?)|bed\s+sores?|bedsores?|thyroid|b12|lymphocytes?|immun\w*|"
    r"drowsy|nausea|numbness|stiff\w*|paralys\w*|bruis\w*|rash|hiccups?|itch\w*|"
    r"hearing\s+(?:loss|aids?)|tinnitus|deaf\w*|spine|spinal|"
    r"muscles?|joints?|vomit\w*|erectile|libido|"
    # what the body no longer does, the mind
    r"(?:cant|cannot|barely|hardly)\s+(?:walk|stand|hold|see|feel|move|swallow|sleep|grip|lift|talk)|can't\s+(?:walk|stand|hold|see|feel|move|swallow|sleep|grip|lift|talk)|can\s+not\s+(?:walk|stand|hold|see|feel|move|swallow|sleep|grip|lift|talk)|unable\s+to\s+(?:walk|stand|hold|see|feel|move|swallow|sleep|grip|lift|talk)|"
    r"(?:struggle|struggles|struggled|struggling)\s+to\s+(?:walk|stand|hold|see|feel|move|swallow|sleep|grip|lift|talk)|"
    r"falls?|fell|fallen|falling|(?:want|wants|wanted)\s+to\s+die|newly\s+diagnosed|(?:just|recently)\s+(?:been\s+)?(?:diagnosed|told\s+(?:she|he|i|they|we)\s+(?:has|have|had))|"
    r"(?:save|saves|conserve|conserves|saving|conserving)\s+(?:your|my|his|her|their)\s+energy|energy\s+levels?|spoons|suicid\w*|self[- ]harm|mental\s+health|"
    r"end\s+(?:his|her|my|their)\s+life|hope\s+for\s+(?:him|her|me|us|them)|"
    # treatments and care
    r"treat\w*|therap\w*|drugs?|surgery|referr\w*|trials?|scans?|test\s+results|(?:get|getting|got|be|been)\s+tested|"
    r"tested\s+for|(?:get|getting|got|be|been|have|having)\s+(?:it\s+|this\s+|that\s+|them\s+|him\s+|her\s+|myself\s+)?"
    r"(?:checked|looked\s+at)|checked\s+(?:out|over)|"
    r"meds?|medicat\w*|medicines?|tablets?|pills?|doses?|dosage|dosing|"
    r"mg|iu|inject\w*|jabs?|infusions?|vaccin\w*|steroids?|dmts?|chemo\w*|transplant\w*|"
    r"stem\s+cells?|physio\w*|prescri\w*|"
    r"supplements?|vitamin\w*|vitamin\s+\w+|magnesium|diets?|cannabis|cbd|thc|botox|feeding\s+tube|peg|"
    r"rehab\w*|paracetamol|antibiotics?|plasma\s+exchange|ldn|interferons?|"
    r"(?:clinical|research|drug)\s+stud(?:y|ies)|(?:join|joining|enter|entering|enrol|enrols|enrolled|enrolling|enroll|enrolls|enrolling)\s+(?:a\s+|the\s+|any\s+)?"
    r"(?:research|study|studies)|"
    r"sores?|wounds?|ulcers?|blisters?|bed[- ]bound|bedbound|house[- ]bound|housebound|injectors?|autoinjectors?|auto[- ]injectors?|"
    r"(?:pen|pens)\s+(?:version|injector|device|form)|(?:safe|dangerous|ok|okay|risky|bad|harmful)\s+(?:with|for|on)\s+"
    r"(?:ms|my\s+ms|multiple\s+sclerosis|(?:\w+\s+)?(?:meds|medication|treatment|dmts?))\b|"
    r"hair\s+loss|biotin|ms\s+hug|restless\s+legs|leg\s+(?:lifts|raises)|squats|sit[- ]to[- ]stands?|chair\s+(?:yoga|exercises?)|cooling\s+(?:\w+\s+)?(?:vests?|towels?|scarf|scarves|mattress\w*|toppers?|pillows?|collars?|packs?|sprays?|neck\w*|caps?|bandanas?)|heat|gluten|dairy|fall\s+alarm|aftercare|"
    r"waiting\s+lists?|pharmacist|midwife|pelvic\s+floor|urgency|dipsticks?|"
    # tests
    r"mri|mris|lumbar\s+puncture|bloods?|blood\s+tests?|edss|jcv|x-rays?|xrays?|"
    r"second\s+opinion|occupational\s+therap\w*|speech\s+(?:and\s+language\s+)?therap\w*|pacing|pace\s+yourself"
)


_AMBIGUOUS = _lexicon(
    # the body: full weight when owned ("my legs", "her face": :data:`_BODY_OWNED`)
    r"legs?|feet|foot|hands?|arms?|face|eyes?|neck|chest|stomach|throat|skin|jaw|brain|bones?|teeth|tooth|"
    r"nerves?|ribs?|calves|hamstrings|knees?|ankles?|hips?|toes?|toenails?|fingers?|wrists?|shoulders?|elbows?|"
    r"mobility|transfers|"
    # body functions and states that are also everyday words
    r"tired\w*|exhaust\w*|balance|vision|sight|blind\w*|speech|memory|mood|temperature|weight|periods?|"
    r"hug|jerk\w*|shaking|burning|taste|smell|breath\w*|bleed\w*|die|dying|"
    r"(?:burn|burns|burnt|burned|burning)\s+out|awake|heal\w*|heels?|keep\s+moving|stay\s+(?:active|mobile)|"
    # treatments and tests that are also words of law, politics, school or work
    r"exercis\w*|stretch\w*|operation|recovery|tests?|tested"
)
# A body part that belongs to someone ("my legs", "mum's hands"), or with a symptom said of it ("cold
# hands", "restless legs"), makes an everyday word a health one (+ AMBIGUOUS = a full word).
_OWNABLE = frozenset(
    [
        "leg", "legs", "feet", "foot", "hand", "hands", "arm", "arms", "face", "eye", "eyes", "neck", "chest",
        "stomach", "throat", "skin", "jaw", "brain", "bone", "bones", "teeth", "nerve", "nerves", "rib", "ribs", "heel", "heels",
        "calves", "hamstrings", "knee", "knees", "ankle", "ankles", "hip", "hips", "toe", "toes", "toenail",
        "toenails", "finger", "fingers", "wrist", "wrists", "shoulder", "shoulders", "elbow", "elbows", "balance",
        "vision", "sight", "speech", "memory", "mood", "temperature", "weight", "period", "periods", "mobility",
        "transfers", "breathing",
    ]
)
_OWNERS = frozenset(["my", "his", "her", "your", "their", "our"])
_SYMPTOM_ADJ = frozenset(
    [
        "cold", "numb", "weak", "stiff", "swollen", "shaky", "heavy", "restless", "tingly", "burning", "painful",
        "sore", "achy", "jelly", "dead", "clumsy", "useless", "wobbly", "spastic", "frozen", "tight", "twitchy",
        "puffy", "blurry", "double",
    ]
)
_SIDES = frozenset(["left", "right", "lower", "upper", "bad", "good", "weak", "both"])


# A health word in a phrase of money, law, school, work or politics is no health word (the words
# with an everyday sense as common as the health one are in _AMBIGUOUS instead):
# "face to face", "balance transfer", "drugs policy", "free trial", "driving test", "retail therapy".
_NOT_HEALTH_RE = rx(
    r"\b(?:face[- ]to[- ]face|in\s+the\s+face\s+of|face\s+the\s+music|on\s+the\s+other\s+hand|hands?[- ]?(?:up|on|down)\b|"
    r"hand(?:ed|ing)?\s+(?:in|over)|second[- ]hand|hands\s+are\s+tied|(?:bank|account|outstanding|remaining|credit|"
    r"card|current|minimum|statement|biggest|smallest|highest|lowest|full|unpaid)\s+balance|balance\s+(?:on|of)\s+(?:the|my|your|a)\s+(?:card|account|loan|mortgage|overdraft)|balance\s+(?:transfers?|sheets?|owed|of\s+(?:power|probabilit\w*))|"
    r"(?:biggest|greatest|main|one|key|strengths?\s+and|areas?\s+of)\s+weakness(?:es)?|weakness(?:es)?\s+(?:and|&)\s+strengths?|"
    r"work[- ]life\s+balance|drugs?\s+(?:pric\w*|polic\w*|laws?|war|deal\w*|trade|traffick\w*|crimes?|tests?|testing)|"
    r"health\s+(?:insurance|cover|and\s+safety|plans?|questionnaires?|declarations?|forms?)|occupational\s+health|free\s+trial|trial\s+(?:period|run|shift|"
    r"day|lesson)|(?:court|jury|murder|criminal|fair|show)\s+trials?|on\s+trial|trial\s+and\s+error|"
    r"(?:driving|theory|mot|practical|spelling|maths|math|english|reading|times[- ]tables?|11[- ]plus|eleven[- ]plus|"
    r"entrance|sats|aptitude|personality|means|stress|unit|end[- ]of[- ](?:year|term|unit)|class|school|"
    r"standardi[sz]ed|multiple[- ]choice)\s+tests?|test\s+(?:drive|papers?|scores?|prep)|"
    r"scan(?:ned|ning)?\s+(?:in\s+)?(?:the\s+|my\s+|your\s+|a\s+)?(?:documents?|receipts?|passport|letters?|cop(?:y|ies)|"
    r"barcodes?|qr|forms?|pages?)|peer\s+pressure|under\s+pressure|retail\s+therapy|treat\s+(?:yourself|myself|"
    r"ourselves|themselves)|(?:a|little|birthday|special|nice)\s+treat|trick\s+or\s+treat|"
    r"treat(?:s|ed|ing)?\s+(?:staff|tenants|employees|workers|customers|people|students|pupils|kids|children|"
    r"colleagues|members|voters|women|me\s+like|us\s+like|him\s+like|her\s+like|them\s+like)|"
    r"(?:equal|fair|unfair|less\s+favourable|different|preferential|special)\s+treatment|"
    r"(?:economic|debt|data|account|password|cost)\s+recovery|(?:military|police|rescue|covert|business|"
    r"day[- ]to[- ]day)\s+operations?|(?:mp'?s?|constituency|advice)\s+surger(?:y|ies)|"
    r"memory\s+(?:sticks?|cards?|lane)|(?:wedding|best\s+man'?s|acceptance|budget|king'?s|queen'?s|free|leaving)\s+speech|"
    r"dead\s+weight|pull\s+(?:your|my|their)\s+weight|weight\s+(?:of|on)\s+(?:my|the|your)\s+shoulders|"
    r"(?:rates?|prices?|values?|pound|dollar|euro|shares|stocks?|markets?|interest|profits?|numbers|sales|"
    r"enrolment|enrollment|turnout|grades|scores)\s+(?:\w+\s+)?(?:fall\w*|fell|drop\w*)|"
    r"f[ae]ll(?:s|en|ing)?\s+(?:behind|through|out|for|apart|asleep|short|into\s+place|in\s+love|on\s+deaf)|"
    r"(?:this|next|in\s+the)\s+fall\b|dying\s+to|to\s+die\s+for|die[- ]hard|"
    r"(?:sick|tired)\s+(?:and\s+tired|of)|tired\s+of|(?:turn\s+a\s+)?blind\s+(?:eye|spot|date)|"
    r"vision\s+(?:for|statement|of)|(?:in|out\s+of|first|no\s+end\s+in|lost|lose|losing)\s+sight|"
    r"(?:sending|big|virtual|cyber|many|huge)\s+hugs?|hugs?\s+(?:x+|to\s+(?:you|all))|"
    r"(?:a|such\s+a|total|complete|real)\s+jerk|shak\w*\s+hands|(?:exam|interview|first[- ]day)\s+nerves|"
    r"bag\s+of\s+nerves|on\s+my\s+nerves|nerves\s+of\s+steel|on\s+its\s+last\s+legs|"
    r"(?:arms|space)\s+race|up\s+in\s+arms|arm'?s[- ]length|off\s+my\s+chest|chest\s+of\s+drawers|teething|"
    r"skin\s+of\s+my\s+teeth|gritted\s+teeth|no[- ]brainer|brain\s+drain|brainstorm\w*|bare\s+bones|"
    r"bleed(?:ing)?\s+(?:money|us|me|them)|save\s+your\s+breath|hold\s+your\s+breath|breath\s+of\s+fresh|"
    r"in\s+the\s+mood|mood\s+boards?|skin\s+in\s+the\s+game|(?:pension|balance|bank|money|cash|wire|school|fund|isa|"
    r"stock|share)\s+transfers?|mobility\s+(?:scooters?|cars?|allowance|component|part|element|rate)|"
    r"(?:free|last|first|second|third|fourth|fifth|double|lesson|notice|trial|cooling[- ]off|grace|holiday|"
    r"probation\w*|time|tax|accounting)\s+periods?|exercise\s+books?|an\s+exercise\s+in|"
    r"(?:writing|grammar|listening|reading|maths|team[- ]building|box[- ]ticking|paper|pointless)\s+exercises?|"
    r"exercis\w*\s+(?:my|your|their|his|her|our|the)\s+(?:rights?|options?|discretion|judge?ment)|"
    r"(?:at\s+a|a|the\s+budget)\s+stretch|stretch\s+(?:the|my|our|your)\s+(?:budget|money|wages?|salary)|"
    r"referral\s+(?:codes?|links?|bonus\w*|schemes?|fees?)|(?:the|a)\s+(?:new|current)\s+operation|"
    r"tastes?\s+like|foot\s+the\s+bill|free\s+prescriptions?|prescriptions?\s+(?:\w+\s+)?(?:free|charges?|costs?|exemption|prepayment)|prescription\s+prepayment|(?:study|studies|studying|studied|read|reading)\s+medicine|"
    r"medicine\s+(?:at|degree|course)|medical\s+(?:school|student|degree)|(?:legali[sz]\w*|decriminali[sz]\w*|ban\w*)\s+(?:\w+\s+)?(?:cannabis|drugs?|weed)|"
    r"(?:cannabis|drugs?|weed)\s+(?:\w+\s+){0,2}(?:legali[sz]\w*|decriminali[sz]\w*|banned))\b"
)
_CARE = _lexicon(
    # clinicians and places of care: they also sign forms and write letters ("a letter from the GP for PIP")
    r"doctors?|dr|gp|neuro\w*|nurses?|consultants?|specialists?|physicians?|urolog\w*|"
    r"cardiolog\w*|endocrinolog\w*|optician|a\s*&\s*e|emergency|hospitals?|clinics?|"
    r"ms\s+(?:centre|center|team)|appointments?|wards?|paediatric|pediatric|nhs|ot|dentist|respite"
)
_WEAK = _lexicon(
    r"ms|multiple\s+sclerosis|rrms|spms|ppms|cis|disease|illness|ill|conditions?|health|"
    r"diagnos\w*|dx|disab\w*|wheelchairs?|hoists?|sticks?|walkers?|rollators?|scooters?|walk\w*|carers?|caring|care|assessments?|assessed|assessing|"
    r"approv\w*|mexico|russia|moscow|puebla|cure|cures|cured"
)
_ADDRESSEES = (
    # who the writer is to tell, ask or write to: the request's own topic ("should I tell my employer", "can I
    # ask the head for a fan"); a clinician as the addressee ("ask my neuro") is a health word already
    r"(?:tell|telling|inform|informing|ask|asking|warn|call|ring|email|contact|phone|disclose|disclosing|notify)\s+"
    r"(?:it\s+to\s+|to\s+)?(?:my|the|your|our|his|her|their|a)\s+(?:new\s+|line\s+)?(?:employer|boss|manager|hr|head|"
    r"headteacher|school|teachers?|tutor|dwp|council|landlord|insurer|insurance\s+company|solicitor|mp|union|bank|"
    r"lender|assessor|tribunal|university|college|work|jobcentre|job\s+centre|letting\s+agent|agency|clients?)|"
    r"(?:write|writing|speak|speaking|talk|talking|complain|complaining|go|going|appeal|appealing)\s+to\s+"
    r"(?:my|the|your|our|his|her|their|a)\s+(?:new\s+|line\s+)?(?:employer|boss|manager|hr|head|headteacher|school|"
    r"teachers?|dwp|council|landlord|insurer|solicitor|mp|union|bank|ombudsman|tribunal|university|college|work)|"
    # leaving or changing a job, time off work, a decision to challenge
    r"resign\w*|quit\s+(?:my|her|his|your|the)\s+job|(?:annual|unpaid|maternity|paternity|parental)\s+leave|"
    r"sick\s+days?|(?:day|days)\s+off\s+work|time\s+off\s+work|ill[- ]health\s+retirement|"
    r"challenge\s+(?:the|their|his|her|my|this|that|a)\s+(?:decision|report|assessment|award|refusal|score|points)"
)
"""Who the writer is to tell, ask or write to, and work and claims processes: part of :data:`_OTHER`."""

_OTHER = _lexicon(
    _ADDRESSEES + "|"
    # benefits, money, insurance
    r"benefits?|allowance|"
    r"premiums?|income\s+protection|"
    r"critical\s+illness|(?:life|travel|car|health)\s+(?:insurance|cover)|"
    r"loans?|debts?|bank|tax|vat|salary|wages?|earnings|hourly\s+rate|contract|"
    r"small\s+print|discount|exemption|reduction|refund|grants?|funding|award|awarded|claim\w*|forms?|application\w*|"
    # work and education
    r"workplace|colleagues?|union|capability\s+meeting|"
    r"redundan\w*|reasonable\s+adjustments?|flexible\s+working|part[- ]time|full[- ]time|"
    r"lecturer|exams?|pupils?|students?|classroom|lessons?|curriculum|"
    r"ofsted|homework|savings|invest\w*|shares|stocks?|rent|bills|energy\s+bills?|credit\s+cards?|retire\w*|"
    r"income|broker|accountant|inheritance|probate|divorce|custody|police|judge|sue|suing|lawsuit|"
    # politics
    r"vote|votes|voted|voting|minister|tory|tories|labour|brexit|president|congress|senators?|"
    r"petition|politic\w*|chancellor|editor|editors|newspapers?|journalists?|closures?|(?:on|going)\s+strike|strike\s+(?:days?|action|ballot|pay)|"
    # everyday life
    r"neighbour|neighbours|neighbor|neighbors|suppliers?|quotes?|building\s+work|managers?|pay\s+rise|warranty|fridge|parking|"
    r"child\s+maintenance|deposit|isa|capital\s+gains|minimum\s+wage|businesses|essays?|wedding\s+venue|"
    # leisure, pets, hobbies, going out
    r"dogs?|cats?|pets?|puppy|breeds?|books|novels?|self[- ]publish\w*|cruises?|knit\w*|crochet|sewing|crafts?|"
    r"concerts?|gigs?|venues?|festivals?|paint\w*|drawing|classes|courses?|streaming|netflix|films?|movies?|"
    r"restaurants?|cafes?|pubs?|choir|coffee\s+morning|airports?|airlines?|flights?|flown|cinema|theatre|"
    r"birthday|christmas|gifts?|presents?|wedding|hobby|hobbies|gardening|music|photography|fishing|golf|"
    r"football|rugby|charity|justgiving|donat\w*|recipes?|baking|games?|"
    # law
    r"appeal|legal\w*|(?<!-)law|(?<!-)rights|discriminat\w*|tenan\w*|"
    r"visa|immigration|"
    # home, travel, leisure, community
    r"holidays?|cottages?|hotels?|lease|dvla|diy|grab\s+rail|plasterboard|"
    r"wet\s+room|fitter|builder|stairlift|ramp|fundrais\w*|quiz|sponsored|anniversary|"
    r"day\s+out|budget|cuts|agency|(?:carer|carers)\s+(?:assessment|allowance)|carer's\s+(?:assessment|allowance)|"
    r"support\s+group|meet\s+up|meet-ups?|meetups?|get[- ]togethers?|natter|foundations?|"
    # the site itself, devices and apps ("the comment box on this site got tiny since the update")
    r"website|websites|webpage|this\s+site|(?:this|the)\s+(?:forum|website)|comment\s+(?:box|boxes|section|form)|font|text\s+size|"
    r"browser|login|log\s+in|password|notifications?|dark\s+mode|"
    # more money
    r"(?:pension|investment|mutual|hedge|index|tracker|isa|emergency)\s+funds?|etfs?|(?:global|index)\s+trackers?|sipp|401k|ira|roth|hmrc|irs|apr|overdraft|overdrawn|credit\s+score|"
    r"interest\s+rates?|lend\w*|lent|borrow\w*|bailiffs?|penalty|(?:parking|speeding|library)\s+fines?|fined|taxes|taxed|taxation|taxable|"
    r"payday|paycheck|payslips?|bonus|dividends?|crypto\w*|bitcoin|equity|ssdi|ssi|"
    r"medicare|medicaid|housing|eviction|evict\w*|"
    # more work
    r"interview\w*|cv|promotion|shifts|(?:night|day|early|late)\s+shift|shift\s+(?:work|pattern)|zero[- ]hours?|self[- ]employed|freelanc\w*|clients?|customers?|"
    r"payroll|overtime|rota|notice\s+period|handed\s+in\s+my\s+notice|sick\s+(?:pay|note|leave)|"
    # losing or keeping a job ("can they fire me", "off sick", "a performance plan"); not "the neuro dismissed it"
    r"sacked|sacking|sack\s+(?:me|him|her|us|them|you|someone)|fired|(?:fire|firing)\s+(?:me|him|her|us|them|you|someone|"
    r"people|staff|employees?|workers?)|dismissal|unfairly\s+dismissed|off\s+sick|sickness\s+(?:absence|record|policy)|"
    r"absence|absences|formal\s+meetings?|stage\s+(?:1|2|3|one|two|three)\s+(?:meeting|warning|review|absence)|performance\s+(?:plan|review|improvement|management)|"
    r"appraisals?|probation\w*|laid\s+off|layoffs?|severance|furlough\w*|hired|hiring|job\s+offers?|"
    # family law, estates, adoption
    r"entitled|entitlement|adopt|adopting|adoption|adoptive|fostering|foster\s+(?:care|carers?|parents?)|guardianship|"
    r"intestate|without\s+a\s+will|(?:his|her|their|my|the)\s+estate|(?:dad|mum|mom)'s\s+estate|"
    # study and applications
    r"phd|masters|personal\s+statements?|(?:university|college|school|uni)\s+admissions?|admissions\s+(?:office|tutors?|team|process|essay|interview)|ucas|scholarships?|tuition|enrol\w*|enroll\w*|"
    r"(?:fill|filling|filled)\s+(?:it|them|this|that|these|those|the\s+\w+)\s+(?:in|out)|(?:fill|filling|filled)\s+(?:in|out)\s+(?:the|a|my|her|his|this|that)\b|"
    # books and reading, as a pastime or a recommendation ("a good, honest read", "get it from your library")
    r"memoirs?|audiobooks?|audio\s+books?|podcasts?|authors?|library|libraries|kindle|paperback|"
    r"(?:a|the|this|that|her|his|their|good|great|lovely|brilliant|new|latest|whole)\s+book|"
    r"(?:a|an)\s+(?:good|great|honest|brilliant|lovely|quick|easy|hard|heavy|interesting|gripping)(?:,?\s+[a-z]+)?\s+read|"
    # advocacy ("sign the action alert", "your representatives")
    r"representatives?|action\s+alerts?|activis\w*|advocacy|lobby\w*|"
    r"copays?|co-pays?|copayments?|co-payments?|deductibles?|out[- ]of[- ]pocket|"
    # money itself, complaints and who regulates a service
    r"finances?|financial\w*|complaints?|complained|regulator|regulators|regulates|cqc|"
    # households and bills; what a thing costs ("how much did it cost all in", "a cheaper insurer")
    r"discounts|households?|utility|utilities|cost|costs|costed|costing|price|prices|priced|pricing|pricey|expensive|"
    r"cheap|cheaper|cheapest|affordable|fees?|quid|"
    r"fit\s+note|phased\s+return|occupational\s+health|settlement\s+agreement|grievance|disciplinary|"
    # more teaching
    r"nqt|ect|pgce|ctet|gcses?|a[- ]levels?|syllabus|spec|marking|grading|grades?|worksheets?|"
    r"principal|detention|behaviour\s+management|pedagogy|fractions|maths|phonics|tutor\w*|revision|revise|"
    r"mocks?|coursework|assignments?|dissertation|thesis|(?:a|my|her|his|the|university|bachelors|masters|honours)\s+degree|(?:bachelor|master)'s\s+degree|semester|governors|inspection|year\s+\d+|"
    r"textbooks?|lesson\s+plans?|planning\s+(?:time|ppa)|ppa|sen|senco|iep|ehcp|"
    # more law
    r"wills|(?:no|mirror|living)\s+wills?|will\s+and\s+testament|executors?|inventory|letting\s+agents?|"
    r"estate\s+agents?|small\s+claims|speeding|speed\s+camera|licence|license|crime|criminal|arrest\w*|"
    r"prosecut\w*|magistrates?|settlement|compensation|laws|legislation|verbal\s+agreement|legally|"
    r"boiler|plumbers?|electricians?|repairs?|damp|mould|fence|"
    # more politics
    r"policy|policies|decriminalis\w*|decriminaliz\w*|legalis\w*|legaliz\w*|referendum|campaign\w*|ballot|manifesto|polling|"
    r"constituency|councillors?|mayor|governor|senate|democrat\w*|republican\w*|conservatives?|liberals?|"
    r"proportional\s+representation|electoral|by-elections?|mps|welfare|public\s+spending|"
    # more daily life
    r"(?:buy|buying|bought|lease|leasing|get|getting|choosing|new|used|hand)\s+(?:a\s+|an\s+|the\s+|my\s+|"
    r"your\s+|our\s+)?(?:new\s+|used\s+|second[- ]hand\s+)?(?:car|vehicle|van)|keyless|dealership|"
    r"hoover|vacuum|carpet|wine|tickets?|buses|camera|laptop|computer|(?:fully|not)\s+covered|"
    r"comparison\s+sites?|brokers?|declar\w*|disclos\w*|questionnaires?|retail|redeploy\w*|career|employment|"
    r"unemploy\w*|jobcentre|accommodations?|supervisors?|(?:intermittent|medical|disability|unpaid|family)\s+leave|"
    r"(?:short|long)[- ]term\s+disability|(?:different|new|another|desk|office|other|same)\s+(?:role|position|department)|"
    # a clinician's letter as evidence for a claim, an employer or a court
    r"(?:letter|letters|report|reports|evidence|statement|statements|paper|papers|paperwork|document|documents|form|"
    r"forms|certificate|certificates|note|notes)\s+(?:\w+\s+){0,3}?(?:from|off|by)\s+(?:your|my|the|his|her|their|our)\s+(?:\w+\s+)?"
    r"(?:gp|neuro\w*|consultant|doctor|nurse|specialist|physio\w*|ot|team)|supporting\s+(?:letters?|evidence)|"
    r"medical\s+(?:evidence|reports?|records)|applying\s+(?:for|to)|"
    r"healthcare\s+(?:debate|system|policy|reform|costs?|bills?|plans?|act)|health\s+care\s+(?:debate|system|policy|reform|costs?|bills?|plans?|act)|single[- ]payer|public\s+option|obamacare|"
    r"data\s+(?:breach|protection)|gdpr|contest|contested|contesting|protest\w*|"
    r"(?:write|writing|wrote|make|making|made|update|updating|change|changing|draw)\s+(?:up\s+)?(?:my|a|his|her|their|our|your)\s+will|free\s+prescriptions?|(?:prescription|prescriptions)\s+(?:\w+\s+)?(?:free|charges?|costs?|exemption|prepayment)"
)
_FRAME = _lexicon(
    # the institutions a request about money, benefits, work, law, school or politics is framed by: rare in a
    # question about health, so they outweigh a symptom said of the claimant ("my fatigue on the PIP form")
    r"pip|esa|dla|dwp|universal\s+credit|council|blue\s+badge|motability|access\s+to\s+work|tribunal|assessors?|"
    r"esa50|esa1|uc50|pip2|pip1|ssa|cpp|odsp|aish|ndis|centrelink|mandatory\s+reconsideration|reconsideration|work\s+capability|insurance|insurer|insurers|mortgage|remortgage|"
    r"pensions?|employer\w*|boss|hr|solicitors?|lawyers?|landlord|court|custody|power\s+of\s+attorney|ombudsman|"
    r"teach\w*|headteacher|school\w*|university|college|elections?|parliament|mp|government|fmla|ada"
)
_OTHER_WEAK = _lexicon(
    r"car|cars|vehicle|bathroom|kitchen|garden|house|flat|keys|job|jobs|apply|applied|agents?|class|kids|letters|"
    r"candidates|party|parties|term|meal|dinner|lunch|letter|buy|buying|bought|shopping|phone|notice|"
    r"bread|cakes?|cook\w*|trains?|"
    # money said in passing ("best money I ever spent") is a detail; "panicking about money" leans with the rest
    r"money|cash"
)


_CANCELLABLE = (
    "face", "hand", "balance", "drug", "health", "trial", "test", "scan", "pressure", "therap", "treat", "recover",
    "operation", "surger", "memory", "speech", "weight", "fall", "fell", "die", "dying", "tired", "sick", "blind",
    "vision", "sight", "hug", "jerk", "shak", "nerve", "leg", "arm", "chest", "teeth", "teething", "brain", "bone",
    "bleed", "breath", "mood", "skin", "transfer", "mobility", "period", "exercis", "stretch", "referral", "taste",
    "cannabis", "weed", "foot", "medic", "prescri", "weakness",
)
"""Stems of the health words that a phrase of :data:`_NOT_HEALTH_RE` can cancel (only these are looked at)."""
_WINDOW = 60
"""Characters either side of a health word searched for a phrase that cancels it."""
