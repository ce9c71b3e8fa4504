"""The demo content loaded by `manage.py load_demo`: texts, organisations and projects.

Facts about the region, the strategy, Climate Street and the 6Aika open innovation platforms
follow /work/shared/reference and the public EURA 2014 project records. The companies are
fictional (their business IDs are generated); the partner organisations are real, but their
participation in the demo projects is illustrative only.

These are the English texts; their Finnish and Swedish versions are in demo_content_i18n.py.
"""

import datetime

D = datetime.date

# The colour each priority is drawn in on generated illustrations, and its name for alt texts.
PRIORITY_COLOURS = {
    "climate-neutrality": ("#2E7D4F", "green"),
    "citizens-city": ("#1F5FA8", "blue"),
    "industrial-modernisation": ("#C2571A", "orange"),
}

PRIORITY_DESCRIPTIONS = {
    "climate-neutrality": """
<p>Helsinki-Uusimaa wants to be a <strong>climate-neutral region by 2030</strong>. Most of the region's
emissions come from heating, electricity, transport and consumption, so the work happens where people
live, move and buy: in buildings, streets, energy systems and supply chains.</p>
<h2>What this priority covers</h2>
<ul>
<li><strong>Smart land use</strong>: compact, low-carbon communities and carbon sinks kept in the plans.</li>
<li><strong>Fast energy transfer</strong>: from fossil heat to heat pumps, waste heat, wind and storage.</li>
<li><strong>Sustainable consumption and production</strong>: less waste, climate-wise food and products.</li>
<li><strong>Smart mobility</strong>: electric, shared and well-connected transport in towns and villages.</li>
<li><strong>Climate-neutral circular economy</strong>: materials kept in use in construction, textiles
and batteries.</li>
</ul>
<h2>How projects contribute</h2>
<p>Projects under this priority turn streets, districts, ports and villages into testbeds where companies
try new solutions with real users, and where municipalities learn what to scale up. Both the Smart City and
the Smart Countryside are needed: the region's towns have the density, its rural municipalities the land,
forests and renewable energy.</p>
""",
    "citizens-city": """
<p>The Citizens' City is about <strong>smooth everyday life</strong> (in Finnish <em>sujuva arki</em>):
services, housing, mobility and learning built around the people who use them, in the capital area as well
as in the villages of eastern and western Uusimaa.</p>
<h2>What this priority covers</h2>
<ul>
<li>Mobility and travel chains that work door to door, also outside the rail corridors.</li>
<li>Housing and urban planning with residents involved from the start.</li>
<li>Food and health services close to people, digital where it helps.</li>
<li>Entrepreneurship, new services and digital hubs, and the creative industries.</li>
<li>Cybersecurity, so that digital services can be trusted.</li>
<li>Education and skills for the green and digital transitions.</li>
</ul>
<h2>How projects contribute</h2>
<p>Projects co-create services with residents, open data and platforms for companies, and test new
solutions in real neighbourhoods. The region's <strong>employment rate target of 80 %</strong> by 2030
depends on skills and services that reach everyone.</p>
""",
    "industrial-modernisation": """
<p>Industrial Modernisation renews the region's industry and services: <strong>low-carbon production,
quantum and deep tech, smart health and the digitalisation of industry</strong>. Helsinki-Uusimaa produces
about 39 % of Finland's GDP and wants to raise its research and development spending to
<strong>5 % of regional GDP by 2030</strong>.</p>
<h2>What this priority covers</h2>
<ul>
<li>Low-carbon industry: electrified process heat, hydrogen, recycled materials.</li>
<li>Quantum and deep tech: from research infrastructure to spin-offs and skilled people.</li>
<li>Smart health: health technology, secure health data and new care pathways.</li>
<li>Digitalising industry: data, automation, robotics and digital twins for small and large firms.</li>
</ul>
<h2>How projects contribute</h2>
<p>Projects bring universities, research institutes and companies together around testbeds and pilot
lines, so that new technology finds its first customers in the region and its way to international
markets.</p>
""",
}

# ---------------------------------------------------------------------------------------------
# Partner organisations: real organisations; their roles in the demo projects are illustrative.
# ---------------------------------------------------------------------------------------------

PARTNERS = [
    {
        "slug": "city-of-helsinki",
        "name": "City of Helsinki",
        "organisation_type": "region",
        "country": "FI",
        "city": "Helsinki",
        "website": "https://www.hel.fi/en",
        "priorities": ["climate-neutrality", "citizens-city", "industrial-modernisation"],
        "summary": "The capital of Finland and the largest municipality of Uusimaa, working towards a carbon-neutral "
        "Helsinki and testing new urban solutions with residents and companies.",
        "description": "<p>The City of Helsinki runs the region's largest urban development, climate and "
        "innovation programmes. It uses its streets, districts and services as testbeds and shares what "
        "works with the other cities of the region.</p>",
    },
    {
        "slug": "city-of-espoo",
        "name": "City of Espoo",
        "organisation_type": "region",
        "country": "FI",
        "city": "Espoo",
        "website": "https://www.espoo.fi/en",
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "summary": "Finland's second-largest city, home to the Otaniemi innovation hub, and a partner in the Six "
        "City Strategy (6Aika).",
        "description": "<p>Espoo develops its districts along the metro and the Jokeri light rail line as "
        "platforms for sustainable urban development, together with Aalto University, research institutes "
        "and companies in Otaniemi and Keilaniemi.</p>",
    },
    {
        "slug": "city-of-vantaa",
        "name": "City of Vantaa",
        "organisation_type": "region",
        "country": "FI",
        "city": "Vantaa",
        "website": "https://www.vantaa.fi/en",
        "priorities": ["climate-neutrality", "citizens-city"],
        "summary": "Finland's fourth-largest city, home to Helsinki Airport, with an ambitious climate programme "
        "and a partner in the Six City Strategy (6Aika).",
        "description": "<p>Vantaa combines a major logistics hub with growing residential districts. Its "
        "environment centre took part in Climate Street with Tikkuraitti and Asematie in Tikkurila.</p>",
    },
    {
        "slug": "city-of-oulu",
        "name": "City of Oulu",
        "organisation_type": "region",
        "country": "FI",
        "city": "Oulu",
        "website": "https://www.ouka.fi/en",
        "priorities": ["citizens-city", "industrial-modernisation"],
        "summary": "The largest city in Northern Finland; it led the six cities' joint open innovation platforms "
        "project under the 6Aika strategy.",
        "description": "<p>Oulu is one of the six largest Finnish cities behind the 6Aika strategy for "
        "sustainable urban development (2014–2020) and a strong partner in digital and health technology.</p>",
    },
    {
        "slug": "forum-virium-helsinki",
        "name": "Forum Virium Helsinki",
        "organisation_type": "public",
        "country": "FI",
        "city": "Helsinki",
        "website": "https://forumvirium.fi/en/",
        "priorities": ["citizens-city", "climate-neutrality"],
        "summary": "The City of Helsinki's innovation company: it develops smart city solutions together with "
        "companies, universities, other cities and residents.",
        "description": "<p>Forum Virium Helsinki runs urban testbeds, open data and co-creation projects, "
        "from smart mobility to digital twins of the city.</p>",
    },
    {
        "slug": "aalto-university",
        "name": "Aalto University",
        "organisation_type": "university",
        "country": "FI",
        "city": "Espoo",
        "website": "https://www.aalto.fi/en",
        "priorities": ["climate-neutrality", "industrial-modernisation", "citizens-city"],
        "summary": "A Finnish university of science and technology, business and art and design, with its main "
        "campus in Otaniemi, Espoo.",
        "description": "<p>Aalto University was formed in 2010 from three Helsinki universities. It works with "
        "the region on energy, the built environment, quantum technology, health technology and design.</p>",
    },
    {
        "slug": "hsy",
        "name": "Helsinki Region Environmental Services HSY",
        "organisation_type": "public",
        "country": "FI",
        "city": "Helsinki",
        "website": "https://www.hsy.fi/en/",
        "priorities": ["climate-neutrality"],
        "summary": "A municipal consortium that provides water services, waste management and regional "
        "environmental and climate information in the Helsinki region.",
        "description": "<p>HSY's climate information services help residents, housing companies and businesses "
        "cut emissions; its waste management runs the region's recycling and waste-to-energy chain.</p>",
    },
    {
        "slug": "green-building-council-finland",
        "name": "Green Building Council Finland",
        "organisation_type": "ngo",
        "country": "FI",
        "city": "Helsinki",
        "website": "https://figbc.fi/en/",
        "priorities": ["climate-neutrality"],
        "summary": "A non-profit association that promotes sustainable construction and real estate in Finland, "
        "part of the World Green Building Council network.",
        "description": "<p>Green Building Council Finland brings together builders, property owners, designers "
        "and public bodies to make low-carbon, circular buildings the norm.</p>",
    },
    {
        "slug": "kth-royal-institute-of-technology",
        "name": "KTH Royal Institute of Technology",
        "organisation_type": "university",
        "country": "SE",
        "city": "Stockholm",
        "website": "https://www.kth.se/en",
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "summary": "Sweden's largest technical university, with strong research in energy systems, transport and "
        "sustainable urban development.",
        "description": "<p>KTH works with Nordic cities and industry on electrified transport, smart energy "
        "systems and construction automation.</p>",
    },
    {
        "slug": "taltech",
        "name": "Tallinn University of Technology (TalTech)",
        "organisation_type": "university",
        "country": "EE",
        "city": "Tallinn",
        "website": "https://taltech.ee/en",
        "priorities": ["citizens-city", "industrial-modernisation"],
        "summary": "Estonia's only technical university, known for e-governance, cybersecurity and maritime "
        "research across the Gulf of Finland.",
        "description": "<p>TalTech is a natural partner for Helsinki-Uusimaa: the twin-city region of Helsinki and "
        "Tallinn shares labour markets, ports and digital public services.</p>",
    },
    {
        "slug": "fraunhofer-isi",
        "name": "Fraunhofer Institute for Systems and Innovation Research ISI",
        "organisation_type": "research",
        "country": "DE",
        "city": "Karlsruhe",
        "website": "https://www.isi.fraunhofer.de/en.html",
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "summary": "A Fraunhofer institute that analyses how innovation, energy and industrial transitions "
        "happen, and how policy can support them.",
        "description": "<p>Fraunhofer ISI supports demo projects with roadmaps, impact assessment and scenarios "
        "for industrial decarbonisation and the circular economy.</p>",
    },
    {
        "slug": "tno",
        "name": "TNO – Netherlands Organisation for Applied Scientific Research",
        "organisation_type": "research",
        "country": "NL",
        "city": "The Hague",
        "website": "https://www.tno.nl/en/",
        "priorities": ["industrial-modernisation", "climate-neutrality", "citizens-city"],
        "summary": "The Netherlands' largest applied research organisation, working on energy, mobility, industry "
        "and quantum technology.",
        "description": "<p>TNO brings experience of hydrogen, mobility-as-a-service and industrial process "
        "innovation from Dutch living labs.</p>",
    },
    {
        "slug": "gate-21",
        "name": "Gate 21",
        "organisation_type": "cluster",
        "country": "DK",
        "city": "Albertslund",
        "website": "https://www.gate21.dk/",
        "priorities": ["climate-neutrality"],
        "summary": "A Danish partnership of municipalities, regions, companies and knowledge institutions that "
        "accelerates the green transition in eastern Denmark.",
        "description": "<p>Gate 21 runs joint projects on energy renovation, biogas, circular economy and green "
        "mobility, and shares its municipal networks with partners around the Baltic Sea.</p>",
    },
    {
        "slug": "barcelona-supercomputing-center",
        "name": "Barcelona Supercomputing Center",
        "organisation_type": "research",
        "country": "ES",
        "city": "Barcelona",
        "website": "https://www.bsc.es/",
        "priorities": ["industrial-modernisation"],
        "summary": "Spain's national supercomputing centre, active in high-performance computing, artificial "
        "intelligence and quantum computing.",
        "description": "<p>BSC partners in quantum and high-performance computing projects that give companies "
        "access to advanced computing and the skills to use it.</p>",
    },
    {
        "slug": "politecnico-di-milano",
        "name": "Politecnico di Milano",
        "organisation_type": "university",
        "country": "IT",
        "city": "Milan",
        "website": "https://www.polimi.it/en",
        "priorities": ["industrial-modernisation", "citizens-city"],
        "summary": "Italy's largest technical university, with strong research in design, circular materials "
        "and health engineering.",
        "description": "<p>Politecnico di Milano contributes design-driven innovation, material science and "
        "health technology research to European partnerships.</p>",
    },
    {
        "slug": "riga-technical-university",
        "name": "Riga Technical University",
        "organisation_type": "university",
        "country": "LV",
        "city": "Riga",
        "website": "https://www.rtu.lv/en",
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "summary": "Latvia's oldest technical university, with research in energy systems, transport and smart "
        "materials.",
        "description": "<p>Riga Technical University works with Baltic and Nordic partners on district energy, "
        "biomethane and low-carbon transport.</p>",
    },
    {
        "slug": "sintef",
        "name": "SINTEF",
        "organisation_type": "research",
        "country": "NO",
        "city": "Trondheim",
        "website": "https://www.sintef.no/en/",
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "summary": "One of Europe's largest independent research organisations, with expertise in ocean "
        "technology, energy and aquaculture.",
        "description": "<p>SINTEF brings Norwegian experience of offshore wind, electric vessels and sustainable "
        "aquaculture to Nordic partnerships.</p>",
    },
]

# ---------------------------------------------------------------------------------------------
# Companies: fictional companies of the region (names, people and numbers are made up).
# ---------------------------------------------------------------------------------------------

COMPANIES = [
    {
        "slug": "lumivirta-energy",
        "name": "Lumivirta Energy Oy",
        "kind": "sme",
        "sector": "D",
        "municipality": "638",
        "founded_year": 2011,
        "priorities": ["climate-neutrality"],
        "capabilities": ["heat pumps", "district heating", "energy audits"],
        "is_open_to_cooperation": True,
        "summary": "Designs and operates large heat pump plants that replace oil and gas heating in schools, "
        "halls and small district heating networks.",
        "offer": [
            "Ground-source and waste-heat pump plants",
            "Remote operation of small heating networks",
            "Energy audits for municipal buildings",
        ],
    },
    {
        "slug": "routa-robotics",
        "name": "Routa Robotics Oy",
        "kind": "startup",
        "sector": "C",
        "municipality": "049",
        "founded_year": 2019,
        "priorities": ["industrial-modernisation"],
        "capabilities": ["robotics", "construction automation", "machine vision"],
        "is_open_to_cooperation": True,
        "summary": "Builds autonomous robots that carry materials on construction sites, day and night, in "
        "Nordic winter conditions.",
        "offer": [
            "Autonomous site logistics robots",
            "Machine vision for cluttered sites",
            "Integration with site management systems",
        ],
    },
    {
        "slug": "kvanttikide",
        "name": "Kvanttikide Oy",
        "kind": "startup",
        "sector": "M",
        "municipality": "049",
        "founded_year": 2020,
        "priorities": ["industrial-modernisation"],
        "capabilities": ["quantum sensing", "cryogenics", "photonics"],
        "is_open_to_cooperation": True,
        "summary": "A deep-tech spin-off developing diamond-based quantum magnetometers for medical imaging and "
        "non-destructive testing.",
        "offer": [
            "Quantum magnetometer prototypes",
            "Measurement services for industry",
            "Training in quantum sensing",
        ],
    },
    {
        "slug": "kiertoa-materials",
        "name": "Kiertoa Materials Oy",
        "kind": "sme",
        "sector": "E",
        "municipality": "092",
        "founded_year": 2014,
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "capabilities": ["circular construction", "material recovery", "battery recycling"],
        "is_open_to_cooperation": True,
        "summary": "Recovers reusable building components and critical battery materials, and sells them back "
        "to industry with verified quality.",
        "offer": [
            "Pre-demolition audits and reuse plans",
            "Black mass processing for battery materials",
            "Material passports",
        ],
    },
    {
        "slug": "virtapiste",
        "name": "Virtapiste Oy",
        "kind": "startup",
        "sector": "D",
        "municipality": "091",
        "founded_year": 2018,
        "priorities": ["climate-neutrality"],
        "capabilities": ["EV charging", "smart charging", "demand response"],
        "is_open_to_cooperation": False,
        "summary": "Provides smart charging for housing companies and bus depots, shifting charging to hours of "
        "cheap, clean electricity.",
        "offer": [
            "Load-balanced charging for housing companies",
            "Depot charging management for e-buses",
            "Demand response aggregation",
        ],
    },
    {
        "slug": "merivayla-logistics",
        "name": "Meriväylä Logistics Oy",
        "kind": "large",
        "sector": "H",
        "municipality": "092",
        "founded_year": 1987,
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "capabilities": ["logistics", "port operations", "port digitalisation", "fleet electrification"],
        "is_open_to_cooperation": True,
        "summary": "A logistics group with terminals near Helsinki Airport and in the ports of eastern Uusimaa, "
        "electrifying its fleet of trucks and terminal tractors.",
        "offer": [
            "Warehousing and terminal services",
            "Electric and biogas truck fleet",
            "Test site for heavy-transport pilots",
        ],
    },
    {
        "slug": "hiilinielu-forest-data",
        "name": "Hiilinielu Forest Data Oy",
        "kind": "startup",
        "sector": "A",
        "municipality": "444",
        "founded_year": 2021,
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "capabilities": ["remote sensing", "carbon accounting", "machine learning"],
        "is_open_to_cooperation": True,
        "summary": "Turns laser scanning and satellite data into forest carbon balances that municipalities and "
        "forest owners can use in planning.",
        "offer": [
            "Carbon sink maps for municipalities",
            "Forest growth models",
            "Reporting for voluntary carbon markets",
        ],
    },
    {
        "slug": "hoivadata",
        "name": "Hoivadata Oy",
        "kind": "sme",
        "sector": "Q",
        "municipality": "091",
        "founded_year": 2016,
        "priorities": ["citizens-city", "industrial-modernisation"],
        "capabilities": ["health data", "home care software", "data protection"],
        "is_open_to_cooperation": True,
        "summary": "Develops software for home care and secure health data platforms for wellbeing services "
        "counties and health technology companies.",
        "offer": [
            "Home care planning and remote visits",
            "Secure processing environments for health data",
            "Interoperability with Kanta services",
        ],
    },
    {
        "slug": "saaristo-aqua",
        "name": "Saaristo Aqua Oy",
        "kind": "sme",
        "sector": "A",
        "municipality": "710",
        "founded_year": 2009,
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "capabilities": ["recirculating aquaculture", "water treatment", "nutrient recovery"],
        "is_open_to_cooperation": True,
        "summary": "Farms rainbow trout and whitefish on land in recirculating systems that return nutrients to "
        "fields instead of the sea.",
        "offer": ["Land-based fish farming", "Nutrient recovery from process water", "Pilot facility for partners"],
    },
    {
        "slug": "kivikko-build",
        "name": "Kivikko Build Oy",
        "kind": "large",
        "sector": "F",
        "municipality": "091",
        "founded_year": 1972,
        "priorities": ["climate-neutrality", "citizens-city"],
        "capabilities": ["renovation", "low-carbon construction", "timber construction"],
        "is_open_to_cooperation": True,
        "summary": "A construction company renovating housing estates and building low-carbon schools and homes "
        "across Uusimaa.",
        "offer": [
            "Deep energy renovation of apartment blocks",
            "Timber-hybrid construction",
            "Carbon footprint calculation of buildings",
        ],
    },
    {
        "slug": "uusikyla-biogas",
        "name": "Uusikylä Biogas Oy",
        "kind": "sme",
        "sector": "D",
        "municipality": "505",
        "founded_year": 2012,
        "priorities": ["climate-neutrality"],
        "capabilities": ["biogas", "nutrient recycling", "agricultural side streams"],
        "is_open_to_cooperation": True,
        "summary": "Runs a farm-based biogas plant and fuel station in Mäntsälä, turning manure and plant residues "
        "into traffic fuel and recycled fertiliser.",
        "offer": ["Biogas and liquefied biogas for vehicles", "Recycled fertilisers", "Feasibility studies for farms"],
    },
    {
        "slug": "sipoo-smart-farms",
        "name": "Sipoo Smart Farms Oy",
        "kind": "startup",
        "sector": "A",
        "municipality": "753",
        "founded_year": 2020,
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "capabilities": ["vertical farming", "LED lighting", "local food"],
        "is_open_to_cooperation": True,
        "summary": "Grows herbs and salads in a vertical farm heated by its own LED waste heat, for shops and school "
        "kitchens in the capital area.",
        "offer": ["Year-round local greens", "Energy-smart growing systems", "Farm visits for schools"],
    },
    {
        "slug": "sahkopaja-hyvinkaa",
        "name": "Sähköpaja Hyvinkää Oy",
        "kind": "large",
        "sector": "C",
        "municipality": "106",
        "founded_year": 1962,
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "capabilities": ["electric motors", "industrial electrification", "power electronics"],
        "is_open_to_cooperation": False,
        "summary": "Manufactures electric motors and drives for industry and is replacing fossil process heat in "
        "its own plant with electrified solutions.",
        "offer": ["Electric motors and drives", "Electrified process heat", "Factory acceptance testing"],
    },
    {
        "slug": "datapolku",
        "name": "Datapolku Oy",
        "kind": "sme",
        "sector": "J",
        "municipality": "245",
        "founded_year": 2010,
        "priorities": ["citizens-city", "industrial-modernisation"],
        "capabilities": ["IoT sensors", "data platforms", "digital twins"],
        "is_open_to_cooperation": True,
        "summary": "Connects sensors, machines and buildings to open data platforms, and builds digital twins for "
        "small manufacturers and municipalities.",
        "offer": ["IoT sensor networks", "Open-source data platforms", "Digital twins of production lines"],
    },
    {
        "slug": "kyberlinna",
        "name": "Kyberlinna Oy",
        "kind": "sme",
        "sector": "J",
        "municipality": "091",
        "founded_year": 2015,
        "priorities": ["citizens-city"],
        "capabilities": ["cybersecurity", "incident response", "security training"],
        "is_open_to_cooperation": True,
        "summary": "A cybersecurity company for the public sector: risk assessments, incident response and "
        "training for small municipalities and their suppliers.",
        "offer": ["Security assessments", "Shared security operations centre", "Tabletop exercises"],
    },
    {
        "slug": "vetyvirta",
        "name": "Vetyvirta Oy",
        "kind": "startup",
        "sector": "C",
        "municipality": "638",
        "founded_year": 2022,
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "capabilities": ["hydrogen", "electrolysers", "power-to-x"],
        "is_open_to_cooperation": True,
        "summary": "Develops compact electrolyser stacks and hydrogen refuelling for heavy vehicles and industrial "
        "users in the Porvoo area.",
        "offer": ["Electrolyser stacks", "Hydrogen refuelling pilots", "Power-to-X feasibility studies"],
    },
    {
        "slug": "reittiapu",
        "name": "Reittiapu Oy",
        "kind": "startup",
        "sector": "J",
        "municipality": "091",
        "founded_year": 2017,
        "priorities": ["citizens-city", "climate-neutrality"],
        "capabilities": ["mobility as a service", "route planning", "demand-responsive transport"],
        "is_open_to_cooperation": True,
        "summary": "Makes journey planning and booking software for demand-responsive transport and door-to-door "
        "travel chains.",
        "offer": ["Booking and dispatch for on-demand buses", "Travel chain planning", "Accessible mobile apps"],
    },
    {
        "slug": "kaupunkikuva-studio",
        "name": "Kaupunkikuva Studio Oy",
        "kind": "sme",
        "sector": "R",
        "municipality": "091",
        "founded_year": 2013,
        "priorities": ["citizens-city"],
        "capabilities": ["3D visualisation", "extended reality", "participatory design"],
        "is_open_to_cooperation": True,
        "summary": "A creative studio that turns plans and city models into immersive visualisations that "
        "residents can explore and comment on.",
        "offer": ["XR visualisations of plans", "Participatory design workshops", "Events in villages and towns"],
    },
    {
        "slug": "pihapiiri-living",
        "name": "Pihapiiri Living Oy",
        "kind": "sme",
        "sector": "L",
        "municipality": "186",
        "founded_year": 2008,
        "priorities": ["climate-neutrality", "citizens-city"],
        "capabilities": ["property management", "energy monitoring", "housing companies"],
        "is_open_to_cooperation": False,
        "summary": "Manages some 140 housing companies in central Uusimaa and helps them plan energy renovations "
        "and follow consumption.",
        "offer": ["Property management", "Energy monitoring dashboards", "Renovation planning with residents"],
    },
    {
        "slug": "oppimo",
        "name": "Oppimo Oy",
        "kind": "startup",
        "sector": "P",
        "municipality": "049",
        "founded_year": 2019,
        "priorities": ["citizens-city", "industrial-modernisation"],
        "capabilities": ["online learning", "skills assessment", "continuous learning"],
        "is_open_to_cooperation": True,
        "summary": "Builds short, practical online courses and skills assessments for people changing careers "
        "into green and digital jobs.",
        "offer": ["Micro-credentials", "Skills mapping for employers", "Course production with universities"],
    },
    {
        "slug": "ruokakaari",
        "name": "Ruokakaari Oy",
        "kind": "sme",
        "sector": "I",
        "municipality": "092",
        "founded_year": 2011,
        "priorities": ["climate-neutrality", "citizens-city"],
        "capabilities": ["food services", "food waste reduction", "menu planning"],
        "is_open_to_cooperation": True,
        "summary": "Runs school and workplace kitchens and measures food waste and the climate impact of every menu "
        "it serves.",
        "offer": ["Climate-wise menus", "Food waste measurement", "Local sourcing"],
    },
    {
        "slug": "karkkila-cast-components",
        "name": "Karkkila Cast Components Oy",
        "kind": "sme",
        "sector": "C",
        "municipality": "224",
        "founded_year": 1961,
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "capabilities": ["foundry", "recycled metals", "induction melting"],
        "is_open_to_cooperation": True,
        "summary": "An iron foundry continuing Karkkila's long casting tradition, now melting recycled scrap with "
        "renewable electricity.",
        "offer": ["Iron and steel castings", "Induction melting of recycled scrap", "Casting simulation"],
    },
    {
        "slug": "tuulisatama",
        "name": "Tuulisatama Oy",
        "kind": "sme",
        "sector": "N",
        "municipality": "078",
        "founded_year": 2016,
        "priorities": ["climate-neutrality"],
        "capabilities": ["offshore wind", "maintenance services", "port logistics"],
        "is_open_to_cooperation": True,
        "summary": "Provides operation and maintenance services for wind farms from the port of Hanko and trains "
        "technicians for the offshore wind industry.",
        "offer": ["Wind turbine maintenance", "Crew transfer logistics", "Technician training"],
    },
    {
        "slug": "medisensori",
        "name": "Medisensori Oy",
        "kind": "startup",
        "sector": "C",
        "municipality": "049",
        "founded_year": 2018,
        "priorities": ["industrial-modernisation"],
        "capabilities": ["wearables", "medical devices", "remote monitoring"],
        "is_open_to_cooperation": True,
        "summary": "Develops a CE-marked wearable patch that monitors heart rhythm, breathing and movement of "
        "patients recovering at home.",
        "offer": ["Wearable monitoring patches", "Clinical validation studies", "Remote monitoring dashboards"],
    },
    {
        "slug": "lankakierto",
        "name": "Lankakierto Oy",
        "kind": "startup",
        "sector": "E",
        "municipality": "543",
        "founded_year": 2020,
        "priorities": ["climate-neutrality"],
        "capabilities": ["textile recycling", "sorting technology", "circular economy"],
        "is_open_to_cooperation": True,
        "summary": "Sorts discarded textiles by fibre with near-infrared scanners and sells the fractions to "
        "recyclers and designers.",
        "offer": [
            "Automated textile sorting",
            "Fibre fractions for recyclers",
            "Collection pilots with municipalities",
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Projects. Participants: "p:<partner slug>" or "c:<company slug>", the lead first.
# ---------------------------------------------------------------------------------------------

PROJECTS = [
    # --- Climate Neutrality -----------------------------------------------------------------
    {
        "slug": "climate-street",
        "title": "Climate Street (Ilmastokatu)",
        "acronym": "Ilmastokatu",
        "summary": "A shopping street in central Helsinki and two streets in Vantaa turned into testbeds for "
        "climate solutions, with residents, property owners, shops and restaurants.",
        "priorities": ["climate-neutrality"],
        "themes": ["sustainable-consumption-and-production", "smart-land-use"],
        "sdgs": [7, 11, 12, 13],
        "municipalities": ["091", "092"],
        "funds": ["erdf", "municipal"],
        "state": "completed",
        "start": D(2015, 9, 1),
        "end": D(2017, 6, 30),
        "budget": "920000",
        "eu": "820000",
        "eura": "A70965",
        "tags": ["testbed", "energy efficiency", "solar energy", "food waste", "6aika"],
        "participants": [
            "p:city-of-helsinki",
            "p:city-of-vantaa",
            "p:green-building-council-finland",
            "p:hsy",
            "p:aalto-university",
        ],
        "featured": True,
        "challenge": "Helsinki and Vantaa cannot reach carbon neutrality on their own: older buildings, shops and "
        "restaurants in established districts have to take part. Climate Street chose Iso Roobertinkatu in "
        "Helsinki and Tikkuraitti and Asematie in Vantaa's Tikkurila as places where new solutions could be "
        "tried out with the people who live and work there.",
        "activities": [
            "Free solar energy surveys and light energy audits for housing companies and shops",
            "A chairpersons' club for housing company boards to share renovation experiences",
            "Pilots on zero food waste in grocery stores and sustainable meals in restaurants",
            "Personal climate coaching for residents and events showing energy-saving gadgets",
        ],
        "results": [
            "Carbon footprints calculated for twelve properties on the streets",
            "Simple guidelines for each pilot, so that other streets and cities can copy them",
            "A cooperation model for procuring shared waste containers on Iso Roobertinkatu",
        ],
        "funding_note": "The project received EUR 820,000 from the European Regional Development Fund and "
        "EUR 100,000 from the Helsinki Innovation Fund, as part of the Six City Strategy (6Aika).",
        "images": 2,
    },
    {
        "slug": "smart-clean-zero-emission-buses",
        "title": "Smart & Clean: Zero-Emission Buses for the Capital Region",
        "acronym": "S&C e-Bus",
        "summary": "A Smart & Clean change project that helped operators, cities and charging providers move the "
        "capital region's bus fleet to electric buses.",
        "priorities": ["climate-neutrality"],
        "themes": ["smart-mobility", "fast-energy-transfer"],
        "sdgs": [3, 7, 11, 13],
        "municipalities": ["091", "049", "092", "235"],
        "funds": ["business-finland", "municipal", "private"],
        "state": "completed",
        "start": D(2017, 3, 1),
        "end": D(2021, 12, 31),
        "budget": "2400000",
        "eu": None,
        "tags": ["smart & clean", "electric buses", "public transport", "charging"],
        "participants": [
            "p:city-of-espoo",
            "c:virtapiste",
            "c:merivayla-logistics",
            "p:aalto-university",
            "p:city-of-helsinki",
        ],
        "challenge": "Buses run on every major street of the capital region, and diesel buses are a visible "
        "source of emissions, noise and fine particles. Electric buses were available, but operators needed "
        "confidence in charging, winter performance and the total cost of ownership.",
        "activities": [
            "Shared specifications for depot and end-stop charging",
            "Winter tests of battery range and cabin heating on trunk routes",
            "A cost model for operators bidding in electric bus tenders",
        ],
        "results": [
            "Electric bus requirements written into regional bus tenders",
            "A charging management concept now used at two depots",
            "Published winter range data for operators across the Nordic countries",
        ],
        "images": 1,
    },
    {
        "slug": "smart-clean-energy-positive-districts",
        "title": "Smart & Clean: Energy-Positive Districts",
        "acronym": "S&C Districts",
        "summary": "A Smart & Clean change project that planned districts producing more renewable energy than they "
        "use, with shared heat, solar power and flexible demand.",
        "priorities": ["climate-neutrality"],
        "themes": ["fast-energy-transfer", "smart-land-use"],
        "sdgs": [7, 11, 13],
        "municipalities": ["049", "092", "245"],
        "funds": ["business-finland", "municipal", "private"],
        "state": "completed",
        "start": D(2018, 1, 15),
        "end": D(2022, 6, 30),
        "budget": "1850000",
        "eu": None,
        "tags": ["smart & clean", "positive energy district", "solar energy", "heat pumps"],
        "participants": [
            "p:city-of-vantaa",
            "c:lumivirta-energy",
            "c:pihapiiri-living",
            "c:datapolku",
            "p:aalto-university",
        ],
        "challenge": "New districts are planned for decades, but their energy systems are often decided late and "
        "building by building. The cities wanted to test whether a whole district could be energy-positive "
        "over a year without raising housing costs.",
        "activities": [
            "Energy-positive design rules for land-use plans and plot conditions",
            "Shared low-temperature heat networks with heat pumps and waste heat",
            "Smart metering and demand flexibility in new apartment buildings",
        ],
        "results": [
            "Design rules adopted in two new district plans",
            "A tender model for shared heat networks in new districts",
            "Measured energy balance of the first energy-positive block",
        ],
        "images": 1,
    },
    {
        "slug": "smart-clean-circular-construction",
        "title": "Smart & Clean: Circular Construction Materials",
        "acronym": "S&C Circular",
        "summary": "A Smart & Clean change project that created a market for reused building components and "
        "recycled aggregates in the capital region's construction projects.",
        "priorities": ["climate-neutrality"],
        "themes": ["climate-neutral-circular-economy"],
        "sdgs": [9, 11, 12],
        "municipalities": ["091", "092", "049"],
        "funds": ["business-finland", "municipal", "private"],
        "state": "completed",
        "start": D(2019, 2, 1),
        "end": D(2023, 1, 31),
        "budget": "1600000",
        "eu": None,
        "tags": ["smart & clean", "circular construction", "demolition", "material passports"],
        "participants": ["c:kiertoa-materials", "c:kivikko-build", "p:green-building-council-finland", "p:hsy"],
        "challenge": "Construction and demolition produce the largest waste stream of the region, yet reused "
        "components rarely make it into new buildings: nobody guarantees their quality and designers cannot "
        "find them in time.",
        "activities": [
            "Pre-demolition audits listing reusable components of municipal buildings",
            "A marketplace connecting demolition sites with new construction projects",
            "Quality testing and documentation for reused steel beams and concrete elements",
        ],
        "results": [
            "Reuse requirements added to the cities' demolition contracts",
            "Material passports for 30 demolished buildings",
            "Reused components installed in a school and a day-care centre",
        ],
        "images": 2,
    },
    {
        "slug": "porvoo-hydrogen-valley",
        "title": "Porvoo Hydrogen Valley Pilot",
        "acronym": "PoH2V",
        "summary": "Green hydrogen for heavy transport and industry in the Porvoo area: an electrolyser, a "
        "refuelling station for trucks and a shared plan for industrial users.",
        "priorities": ["climate-neutrality", "industrial-modernisation"],
        "themes": ["fast-energy-transfer", "low-carbon-industry"],
        "sdgs": [7, 9, 13],
        "municipalities": ["638", "434", "753"],
        "funds": ["jtf", "business-finland", "private"],
        "state": "ongoing",
        "start": D(2024, 3, 1),
        "end": D(2027, 12, 31),
        "budget": "4800000",
        "eu": "2100000",
        "eura": "J30117",
        "tags": ["hydrogen", "heavy transport", "power-to-x", "electrolysers"],
        "participants": ["c:vetyvirta", "c:lumivirta-energy", "c:merivayla-logistics", "p:tno", "p:fraunhofer-isi"],
        "featured": True,
        "looking": "Transport companies ready to test hydrogen trucks on regular routes from 2026, and industrial "
        "users of hydrogen or oxygen within 30 km of Porvoo.",
        "challenge": "Heavy transport and parts of industry cannot run on batteries alone. Eastern Uusimaa has "
        "wind power, an industrial cluster and busy transport corridors, but no local hydrogen supply that "
        "small users could rely on.",
        "activities": [
            "A 2 MW electrolyser running on wind power, with heat recovered for district heating",
            "A public hydrogen refuelling station for trucks and buses on the Porvoo highway",
            "A shared purchase plan for small industrial users of hydrogen and oxygen",
        ],
        "results": [
            "Refuelling station open to the public",
            "Ten hydrogen trucks in regular service",
            "An investment plan for a 20 MW second phase",
        ],
        "images": 2,
    },
    {
        "slug": "biogas-loops-rural-uusimaa",
        "title": "Biogas Loops for Rural Uusimaa",
        "acronym": "BioLoop",
        "summary": "Farms in central and eastern Uusimaa turn manure and plant residues into biogas for tractors and "
        "cars, and return the nutrients to their fields.",
        "priorities": ["climate-neutrality"],
        "themes": ["climate-neutral-circular-economy", "sustainable-consumption-and-production"],
        "sdgs": [2, 7, 12, 13],
        "municipalities": ["505", "611", "504", "616", "018"],
        "funds": ["erdf", "national", "private"],
        "state": "ongoing",
        "start": D(2023, 9, 1),
        "end": D(2027, 6, 30),
        "budget": "1350000",
        "eu": "600000",
        "eura": "A80412",
        "tags": ["biogas", "agriculture", "nutrient recycling", "smart countryside"],
        "participants": ["c:uusikyla-biogas", "c:sipoo-smart-farms", "p:gate-21", "p:riga-technical-university"],
        "challenge": "Manure and plant residues release methane and nutrients when they are not handled well. "
        "Single farms are too small to run a biogas plant profitably, and rural areas lack fuel stations "
        "for biogas vehicles.",
        "activities": [
            "Shared collection of manure and residues from farms within 20 km of the plant",
            "Two new biogas fuel points in rural municipality centres",
            "Field trials of recycled fertilisers with local farmers",
        ],
        "results": [
            "Biogas production doubled at the Mäntsälä plant",
            "Thirty farms in a shared logistics model",
            "Guidance for municipalities on biogas in their own vehicle fleets",
        ],
        "images": 1,
    },
    {
        "slug": "carbon-sinks-in-land-use",
        "title": "Carbon Sinks in Municipal Land Use",
        "acronym": "SinkPlan",
        "summary": "Western Uusimaa municipalities bring forest and wetland carbon sinks into their land-use plans "
        "with open maps and simple calculation tools.",
        "priorities": ["climate-neutrality"],
        "themes": ["smart-land-use"],
        "sdgs": [11, 13, 15],
        "municipalities": ["444", "927", "224", "755"],
        "funds": ["erdf", "municipal"],
        "state": "ongoing",
        "start": D(2024, 1, 1),
        "end": D(2026, 12, 31),
        "budget": "780000",
        "eu": "468000",
        "eura": "A80277",
        "kohesio": "Q5126843",
        "tags": ["carbon sinks", "land use planning", "forests", "open data"],
        "participants": ["c:hiilinielu-forest-data", "p:aalto-university", "p:kth-royal-institute-of-technology"],
        "challenge": "Land-use plans decide where forests are cleared for housing, roads and industry, but planners "
        "rarely see what that means for the municipality's carbon balance. The rural municipalities of western "
        "Uusimaa hold much of the region's forest carbon.",
        "activities": [
            "Carbon sink maps from laser scanning for four municipalities",
            "A calculator that compares the carbon impact of plan alternatives",
            "Training for planners and elected officials",
        ],
        "results": [
            "Carbon sinks assessed in every new master plan of the partner municipalities",
            "Open map layers published for all of Uusimaa",
            "A method other Finnish regions can reuse",
        ],
        "images": 1,
    },
    {
        "slug": "data-centre-waste-heat",
        "title": "Waste Heat from Data Centres to District Heating",
        "acronym": "HeatLink",
        "summary": "Heat from data centres in Espoo and Vantaa recovered with large heat pumps and fed into district "
        "heating networks, replacing fossil heat.",
        "priorities": ["climate-neutrality"],
        "themes": ["fast-energy-transfer"],
        "sdgs": [7, 9, 13],
        "municipalities": ["049", "092"],
        "funds": ["horizon-europe", "business-finland", "private"],
        "state": "completed",
        "start": D(2020, 5, 1),
        "end": D(2024, 4, 30),
        "budget": "3200000",
        "eu": "1500000",
        "cordis": "957824",
        "tags": ["waste heat", "data centres", "district heating", "heat pumps"],
        "participants": ["c:lumivirta-energy", "c:datapolku", "p:kth-royal-institute-of-technology", "p:tno"],
        "challenge": "Data centres turn almost all of their electricity into heat, which is usually blown into the "
        "air. The region's district heating networks still burned fossil fuels on cold days.",
        "activities": [
            "Heat pump plants at two data centres, connected to district heating",
            "Contracts that share the value of recovered heat between the data centre and the heat utility",
            "Monitoring and optimisation of heat recovery over the seasons",
        ],
        "results": [
            "Heat for about 8,000 apartments recovered each year",
            "A contract template published for other cities",
            "Lessons shared with partner cities in Sweden and the Netherlands",
        ],
        "images": 2,
    },
    {
        "slug": "offshore-wind-port-hanko",
        "title": "Offshore Wind Port Hanko",
        "acronym": "OWPH",
        "summary": "The port of Hanko and its neighbours prepare to serve offshore wind farms in the northern Baltic: "
        "quays, logistics and skilled technicians.",
        "priorities": ["climate-neutrality"],
        "themes": ["fast-energy-transfer"],
        "sdgs": [7, 8, 9, 14],
        "municipalities": ["078", "710", "149"],
        "funds": ["interreg-central-baltic", "erdf"],
        "state": "ongoing",
        "start": D(2025, 1, 1),
        "end": D(2027, 12, 31),
        "budget": "1900000",
        "eu": "1425000",
        "keep": "28614",
        "tags": ["offshore wind", "ports", "skills", "baltic sea"],
        "participants": ["c:tuulisatama", "p:taltech", "p:sintef", "c:merivayla-logistics"],
        "looking": "Ports and vocational schools around the Baltic Sea with offshore wind training programmes, and "
        "turbine suppliers interested in a service base in Hanko.",
        "challenge": "Offshore wind farms are planned off the coast of Finland and Estonia. They will need service "
        "ports, vessels and hundreds of technicians, and small coastal towns want those jobs.",
        "activities": [
            "A plan for quay upgrades and laydown areas in the port of Hanko",
            "A joint technician training programme with Estonian partners",
            "Crew transfer and logistics concepts for winter conditions",
        ],
        "results": [
            "Port investment plan ready for decision",
            "First group of technicians trained and certified",
            "Cooperation agreement between Hanko and an Estonian service port",
        ],
        "images": 1,
    },
    {
        "slug": "smart-charging-housing-companies",
        "title": "Smart Charging for Housing Companies",
        "acronym": "ChargeHome",
        "summary": "Housing companies in central Uusimaa install load-balanced electric car charging without costly "
        "grid upgrades, and sell flexibility back to the grid.",
        "priorities": ["climate-neutrality"],
        "themes": ["smart-mobility", "fast-energy-transfer"],
        "sdgs": [7, 11, 13],
        "municipalities": ["186", "858", "245"],
        "funds": ["erdf", "private"],
        "state": "completed",
        "start": D(2021, 5, 1),
        "end": D(2023, 10, 31),
        "budget": "640000",
        "eu": "256000",
        "eura": "A77540",
        "tags": ["EV charging", "housing companies", "demand response"],
        "participants": ["c:virtapiste", "c:pihapiiri-living", "c:datapolku"],
        "challenge": "Most people in Järvenpää, Tuusula and Kerava who live in apartment buildings cannot charge an "
        "electric car at home. Housing company boards hesitate because of the cost of grid connections and "
        "the fear of unfair cost sharing.",
        "activities": [
            "Charging pilots in 25 housing companies with load balancing",
            "A decision kit for housing company boards: costs, fair billing, contracts",
            "Aggregation of charging flexibility for the electricity reserve market",
        ],
        "results": [
            "310 charging points installed without new grid connections",
            "The decision kit used by over 100 housing companies",
            "Flexibility income covering part of the charging system's costs",
        ],
        "images": 1,
    },
    {
        "slug": "textile-loop-uusimaa",
        "title": "Textile Loop Uusimaa",
        "acronym": "TexLoop",
        "summary": "Separate collection of discarded textiles in Uusimaa is turned into a business: automated "
        "sorting by fibre, recycling and new products.",
        "priorities": ["climate-neutrality"],
        "themes": ["climate-neutral-circular-economy", "sustainable-consumption-and-production"],
        "sdgs": [8, 12],
        "municipalities": ["543", "092", "091"],
        "funds": ["erdf", "municipal"],
        "state": "ongoing",
        "start": D(2024, 4, 1),
        "end": D(2027, 3, 31),
        "budget": "920000",
        "eu": "368000",
        "eura": "A80655",
        "tags": ["textiles", "recycling", "sorting", "circular economy"],
        "participants": ["c:lankakierto", "p:hsy", "c:kiertoa-materials", "p:politecnico-di-milano"],
        "challenge": "Finland began separate collection of discarded textiles in 2023, ahead of the EU-wide "
        "obligation of 2025. Collected textiles are only "
        "worth something when they are sorted by fibre and quality, which is slow and expensive by hand.",
        "activities": [
            "An automated sorting line using near-infrared scanners in Nurmijärvi",
            "Collection pilots with the regional waste management company",
            "Design challenges that turn sorted fractions into new products",
        ],
        "results": [
            "Sorting capacity of 5,000 tonnes a year",
            "Buyers for every sorted fibre fraction",
            "Product concepts from design students in Finland and Italy",
        ],
        "images": 1,
    },
    {
        "slug": "harbour-electric-work-boats",
        "title": "Electric Work Boats for the Archipelago",
        "acronym": "eBoat",
        "summary": "Ports and archipelago towns of Uusimaa plan the switch of work boats, pilot boats and small "
        "ferries to electric drives with shared charging at the quays.",
        "priorities": ["climate-neutrality"],
        "themes": ["smart-mobility"],
        "sdgs": [7, 13, 14],
        "municipalities": ["710", "078", "434", "638"],
        "funds": ["interreg-central-baltic"],
        "state": "planned",
        "start": D(2027, 3, 1),
        "end": D(2029, 2, 28),
        "budget": "2600000",
        "eu": "1950000",
        "tags": ["electric vessels", "ports", "archipelago", "charging"],
        "participants": ["c:merivayla-logistics", "p:taltech", "p:gate-21", "p:sintef", "c:saaristo-aqua"],
        "looking": "Boat builders and ports in Estonia, Sweden and the Åland Islands, and operators of small "
        "ferries who want to electrify their vessels.",
        "challenge": "Hundreds of small work boats and ferries serve the Uusimaa archipelago on diesel. Their routes "
        "are short and regular, which suits electric drives, but quays lack charging and operators lack "
        "experience.",
        "activities": [
            "Route and energy analysis for 40 vessels",
            "Shared charging points at four quays",
            "Two retrofitted work boats in pilot use",
        ],
        "results": [
            "A joint procurement model for electric work boats",
            "Charging standards agreed between partner ports",
            "Measured cost and emission savings published openly",
        ],
        "images": 1,
    },
    {
        "slug": "heat-pumps-rural-schools",
        "title": "Heat Pumps for Rural Schools and Halls",
        "acronym": "RuralHeat",
        "summary": "Small municipalities in eastern Uusimaa replace oil boilers in schools, sports halls and "
        "libraries with heat pumps, procured and operated together.",
        "priorities": ["climate-neutrality"],
        "themes": ["fast-energy-transfer"],
        "sdgs": [4, 7, 13],
        "municipalities": ["407", "504", "616", "018"],
        "funds": ["erdf", "municipal"],
        "state": "planned",
        "start": D(2027, 1, 1),
        "end": D(2028, 12, 31),
        "budget": "1150000",
        "eu": "460000",
        "tags": ["heat pumps", "public buildings", "joint procurement", "smart countryside"],
        "participants": ["c:lumivirta-energy", "c:datapolku", "p:gate-21"],
        "challenge": "Oil heating is still common in the public buildings of Uusimaa's smallest municipalities. "
        "Each municipality has only a few buildings and little staff to plan and procure new systems.",
        "activities": [
            "Energy audits of 35 public buildings",
            "A joint procurement of heat pumps and remote monitoring for four municipalities",
            "Training for caretakers to run and maintain the new systems",
        ],
        "results": [
            "Oil boilers removed from the partner municipalities' schools",
            "Heating costs and emissions tracked openly for each building",
        ],
        "images": 1,
    },
    {
        "slug": "low-carbon-village-centre-nikkila",
        "title": "Low-Carbon Village Centre, Nikkilä",
        "acronym": "NikkiLow",
        "summary": "Sipoo's growing village centre is planned and built as a low-carbon neighbourhood: timber "
        "buildings, shared energy and services within walking distance.",
        "priorities": ["climate-neutrality", "citizens-city"],
        "themes": ["smart-land-use", "housing-and-urban-planning"],
        "sdgs": [11, 13],
        "municipalities": ["753"],
        "funds": ["erdf", "municipal", "private"],
        "state": "ongoing",
        "start": D(2025, 3, 1),
        "end": D(2027, 8, 31),
        "budget": "1050000",
        "eu": "420000",
        "eura": "A80931",
        "tags": ["timber construction", "village centre", "walkability"],
        "participants": [
            "c:kivikko-build",
            "c:pihapiiri-living",
            "c:kaupunkikuva-studio",
            "p:green-building-council-finland",
        ],
        "challenge": "Nikkilä is growing fast, and new housing could easily spread along car-dependent roads. The "
        "municipality wants growth that keeps services close and the carbon footprint of construction low.",
        "activities": [
            "Carbon limits for new buildings written into plot conditions",
            "A timber-hybrid apartment block as a pilot",
            "Residents shaping the village square with immersive visualisations",
        ],
        "results": [
            "Low-carbon plot conditions adopted for the centre",
            "Pilot block completed and its carbon footprint measured",
            "A model for other growing village centres in Uusimaa",
        ],
        "images": 1,
    },
    # --- Citizens' City -----------------------------------------------------------------------
    {
        "slug": "6aika-open-innovation-platforms",
        "title": "6Aika: Open Innovation Platforms",
        "acronym": "6Aika AIP",
        "summary": "The six largest Finnish cities built open innovation platforms where companies, residents, "
        "researchers and the cities co-create and test new urban solutions.",
        "priorities": ["citizens-city"],
        "themes": ["new-services-and-digital-hubs", "entrepreneurship"],
        "sdgs": [9, 11, 17],
        "municipalities": ["091", "049", "092"],
        "funds": ["erdf", "municipal"],
        "state": "completed",
        "start": D(2015, 2, 1),
        "end": D(2018, 7, 31),
        "budget": None,
        "eu": None,
        "eura": "A70202",
        "website": "https://6aika.fi/en/",
        "tags": ["6aika", "co-creation", "open innovation", "testbed"],
        "participants": [
            "p:city-of-oulu",
            "p:forum-virium-helsinki",
            "p:city-of-espoo",
            "p:city-of-vantaa",
            "p:city-of-helsinki",
        ],
        "challenge": "Cities own streets, schools, hospitals and data that companies need for developing and "
        "testing products. Before 6Aika, each city opened them in its own way, and a company had to start "
        "over in every city.",
        "activities": [
            "A shared model for running open innovation platforms in the six cities",
            "Agile pilots in which companies test solutions in real city environments",
            "Joint tools and guides for co-creation with residents and users",
        ],
        "results": [
            "A national, documented model for open innovation platforms",
            "Dozens of agile pilots run with companies in the cities' platforms",
            "Platforms such as Smart Kalasatama in Helsinki used as a reference by other cities",
        ],
        "funding_note": "The flagship project of the Six City Strategy (6Aika) was led by the City of Oulu, with "
        "Forum Virium Helsinki and the cities of Helsinki, Espoo and Vantaa among its co-implementers.",
        "images": 2,
    },
    {
        "slug": "demand-responsive-transport-countryside",
        "title": "Demand-Responsive Transport for the Countryside",
        "acronym": "KyytiKylä",
        "summary": "On-demand minibuses booked by app or phone connect villages in central and eastern Uusimaa to "
        "train stations, health centres and shops.",
        "priorities": ["citizens-city", "climate-neutrality"],
        "themes": ["mobility-and-travel-chains", "smart-mobility"],
        "sdgs": [10, 11, 13],
        "municipalities": ["018", "616", "504", "611", "505"],
        "funds": ["interreg-europe", "national", "municipal"],
        "state": "ongoing",
        "start": D(2025, 2, 1),
        "end": D(2027, 6, 30),
        "budget": "720000",
        "eu": "432000",
        "keep": "27903",
        "tags": ["demand-responsive transport", "smart countryside", "accessibility", "public transport"],
        "participants": ["c:reittiapu", "c:merivayla-logistics", "p:tno", "p:gate-21"],
        "featured": True,
        "looking": "Rural regions in Europe that run or plan demand-responsive transport and want to compare "
        "booking models, costs and ridership.",
        "challenge": "In rural municipalities buses run rarely or not at all, and people without a car depend on "
        "lifts and taxis. Fixed routes are too expensive for the few passengers, but trips to the station, "
        "the health centre and the shop are needed every day.",
        "activities": [
            "On-demand minibuses in five municipalities, booked by app or phone",
            "Connections timed with commuter trains at Mäntsälä station",
            "Exchange with rural regions in the Netherlands and Denmark",
        ],
        "results": [
            "A service model municipalities can procure together",
            "Ridership and cost data shared with the other Interreg Europe regions",
            "Booking by phone kept for people who do not use apps",
        ],
        "images": 2,
    },
    {
        "slug": "digital-twin-resident-participation",
        "title": "Digital Twin for Resident Participation",
        "acronym": "TwinVoice",
        "summary": "Residents explore planned buildings and parks in a 3D city model on their phones and in pop-up "
        "studios, and comment on the plans where they stand.",
        "priorities": ["citizens-city"],
        "themes": ["housing-and-urban-planning", "creative-industries"],
        "sdgs": [11, 16],
        "municipalities": ["091", "092"],
        "funds": ["erdf", "municipal"],
        "state": "completed",
        "start": D(2020, 9, 1),
        "end": D(2023, 8, 31),
        "budget": "880000",
        "eu": "528000",
        "eura": "A76318",
        "kohesio": "Q3957214",
        "tags": ["digital twin", "participation", "extended reality", "urban planning"],
        "participants": [
            "c:kaupunkikuva-studio",
            "p:forum-virium-helsinki",
            "p:city-of-helsinki",
            "p:aalto-university",
        ],
        "challenge": "Plans on paper are hard to read, and the same few people comment on them. Helsinki's city "
        "model made it possible to show plans in 3D, but residents did not yet have an easy way to use it.",
        "activities": [
            "A mobile app showing planned buildings on site in augmented reality",
            "Pop-up studios in libraries and shopping centres",
            "Feedback collected on the model and passed to planners",
        ],
        "results": [
            "Four times more comments on the pilot plans than on comparable plans",
            "More comments from young people and residents with a foreign mother tongue",
            "The tool taken into use in the city's planning service",
        ],
        "images": 1,
    },
    {
        "slug": "cyber-secure-small-municipalities",
        "title": "Cyber-Secure Small Municipalities",
        "acronym": "KyberKunta",
        "summary": "Five small municipalities share a security operations centre, train their staff and rehearse "
        "cyber incidents together with their IT suppliers.",
        "priorities": ["citizens-city"],
        "themes": ["cybersecurity"],
        "sdgs": [9, 16],
        "municipalities": ["755", "149", "611", "407", "235"],
        "funds": ["erdf", "national"],
        "state": "ongoing",
        "start": D(2024, 9, 1),
        "end": D(2026, 12, 31),
        "budget": "560000",
        "eu": "224000",
        "eura": "A80744",
        "tags": ["cybersecurity", "public sector", "training", "incident response"],
        "participants": ["c:kyberlinna", "p:taltech"],
        "challenge": "Small municipalities run the same critical services as large cities, from water supply to "
        "schools, but often with one or two IT staff. A ransomware attack could stop services for weeks.",
        "activities": [
            "A shared security operations centre watching the municipalities' systems",
            "Security training for all municipal employees",
            "Annual incident exercises with IT suppliers and the water utility",
        ],
        "results": [
            "Security monitoring in place in all partner municipalities",
            "Incident response plans tested in practice",
            "A cost-sharing model open to other small municipalities",
        ],
        "images": 1,
    },
    {
        "slug": "green-skills-academy",
        "title": "Green Skills Academy Uusimaa",
        "acronym": "GSA",
        "summary": "Short courses and on-the-job training help unemployed and career-changing people move into "
        "green jobs in construction, energy and the circular economy.",
        "priorities": ["citizens-city"],
        "themes": ["education-and-skills"],
        "sdgs": [4, 5, 8],
        "municipalities": ["092", "245", "106", "186"],
        "funds": ["esf-plus", "national"],
        "state": "ongoing",
        "start": D(2024, 1, 1),
        "end": D(2027, 12, 31),
        "budget": "1600000",
        "eu": "640000",
        "eura": "S30218",
        "kohesio": "Q5290461",
        "tags": ["green jobs", "continuous learning", "employment", "micro-credentials"],
        "participants": ["c:oppimo", "c:kivikko-build", "c:lumivirta-energy", "p:politecnico-di-milano"],
        "challenge": "Employers in construction and energy cannot find enough skilled people for renovations, heat "
        "pumps and solar installations, while many people in the region look for work or a new career.",
        "activities": [
            "Micro-credential courses designed with employers",
            "Paid on-the-job training periods in partner companies",
            "Guidance for women and immigrants entering technical fields",
        ],
        "results": [
            "600 people trained, half of them employed within six months",
            "Courses recognised by vocational institutions in the region",
            "A share of women participants double the sector's average",
        ],
        "images": 1,
    },
    {
        "slug": "digital-home-care-eastern-uusimaa",
        "title": "Digital Home Care for Eastern Uusimaa",
        "acronym": "KotiHoiva",
        "summary": "Remote visits, medication reminders and shared care plans let older people in Loviisa, "
        "Lapinjärvi and Porvoo live at home longer and safely.",
        "priorities": ["citizens-city", "industrial-modernisation"],
        "themes": ["food-and-health-services", "smart-health"],
        "sdgs": [3, 10],
        "municipalities": ["434", "407", "638"],
        "funds": ["erdf", "national"],
        "state": "completed",
        "start": D(2021, 3, 1),
        "end": D(2024, 2, 29),
        "budget": "950000",
        "eu": "380000",
        "eura": "A77102",
        "tags": ["home care", "remote care", "ageing", "bilingual services"],
        "participants": ["c:hoivadata", "c:medisensori", "p:politecnico-di-milano"],
        "challenge": "Distances are long in eastern Uusimaa and the population is ageing. Home care nurses spend "
        "much of their day driving, and services have to work in Finnish and Swedish.",
        "activities": [
            "Video visits and reminders on easy tablets for home care clients",
            "A shared care plan for nurses, relatives and the health centre",
            "Wearable sensors that alert nurses to falls and changes in condition",
        ],
        "results": [
            "A third of home care visits made remotely where clients chose it",
            "Driving time of nurses reduced by a fifth",
            "Services available in Finnish and Swedish from the start",
        ],
        "images": 1,
    },
    {
        "slug": "station-hub-kerava",
        "title": "Station Hub Kerava: Entrepreneurship by the Railway",
        "acronym": "StationHub",
        "summary": "A co-working and start-up hub next to Kerava railway station supported new companies from the "
        "commuter towns of central Uusimaa.",
        "priorities": ["citizens-city"],
        "themes": ["entrepreneurship", "new-services-and-digital-hubs"],
        "sdgs": [8, 9],
        "municipalities": ["245", "186", "858"],
        "funds": ["erdf", "municipal"],
        "state": "completed",
        "start": D(2019, 1, 1),
        "end": D(2022, 6, 30),
        "budget": "540000",
        "eu": "270000",
        "eura": "A74391",
        "tags": ["start-ups", "co-working", "commuter towns"],
        "participants": ["c:datapolku", "c:lankakierto", "c:oppimo"],
        "challenge": "Many residents of Kerava, Järvenpää and Tuusula commute to Helsinki every day. Those who "
        "wanted to start a company near home lacked a place to work, peers and advice.",
        "activities": [
            "A co-working space and event venue by the station",
            "Mentoring and a pre-incubator programme for new founders",
            "Meet-ups with investors and large companies of the region",
        ],
        "results": [
            "45 new companies started by programme participants",
            "The hub continues on a self-financing basis",
        ],
        "images": 1,
    },
    {
        "slug": "village-stages-creative-industries",
        "title": "Village Stages: Creative Industries in the Countryside",
        "acronym": "VillageStages",
        "summary": "Old halls, manors and workshops in western Uusimaa become stages and studios for creative "
        "entrepreneurs, with a shared booking and ticketing platform.",
        "priorities": ["citizens-city"],
        "themes": ["creative-industries", "entrepreneurship"],
        "sdgs": [8, 11],
        "municipalities": ["224", "927", "444", "710"],
        "funds": ["erdf", "municipal", "private"],
        "state": "ongoing",
        "start": D(2025, 5, 1),
        "end": D(2027, 10, 31),
        "budget": "430000",
        "eu": "172000",
        "eura": "A81066",
        "tags": ["creative industries", "culture", "smart countryside", "events"],
        "participants": ["c:kaupunkikuva-studio", "c:oppimo", "p:politecnico-di-milano"],
        "looking": "Rural cultural venues and creative hubs in Europe interested in sharing programme, artists "
        "and booking tools.",
        "challenge": "Western Uusimaa has village halls, manors and old industrial buildings full of potential, and "
        "a growing number of artists and designers who moved from the city. What is missing is a way to make "
        "a living from them.",
        "activities": [
            "A shared booking and ticketing platform for twelve venues",
            "Business coaching for creative entrepreneurs",
            "A touring programme that brings city audiences to village stages",
        ],
        "results": [
            "A network of venues with a joint calendar",
            "New income for artists and for the owners of the buildings",
        ],
        "images": 2,
    },
    {
        "slug": "renovation-wave-housing-estates",
        "title": "Renovation Wave for 1970s Housing Estates",
        "acronym": "ReWave",
        "summary": "Residents, housing companies and the city renovate 1970s apartment blocks in Vantaa, Helsinki "
        "and Espoo: lower energy bills, better homes, no displacement.",
        "priorities": ["citizens-city", "climate-neutrality"],
        "themes": ["housing-and-urban-planning", "fast-energy-transfer"],
        "sdgs": [7, 10, 11],
        "municipalities": ["092", "091", "049"],
        "funds": ["erdf", "business-finland", "private"],
        "state": "ongoing",
        "start": D(2023, 6, 1),
        "end": D(2027, 5, 31),
        "budget": "2100000",
        "eu": "840000",
        "eura": "A79825",
        "tags": ["renovation", "housing estates", "energy efficiency", "residents"],
        "participants": [
            "p:city-of-vantaa",
            "c:pihapiiri-living",
            "c:kivikko-build",
            "p:green-building-council-finland",
            "p:fraunhofer-isi",
        ],
        "featured": True,
        "challenge": "Apartment blocks built in the 1970s house a large share of the region's residents. They need "
        "new pipes, facades and windows at the same time, and many housing companies fear costs their "
        "residents cannot carry.",
        "activities": [
            "One-stop renovation advice for housing companies, from survey to contract",
            "Deep energy renovations of six pilot buildings with heat pumps and heat recovery",
            "A financing model that spreads costs over the energy savings",
        ],
        "results": [
            "Energy use of the pilot buildings halved",
            "A renovation service the cities continue after the project",
            "Monthly housing costs kept stable for residents",
        ],
        "images": 2,
    },
    {
        "slug": "seamless-commuter-hubs",
        "title": "Seamless Commuter Hubs",
        "acronym": "HubFlow",
        "summary": "Railway stations in central Uusimaa become hubs where trains, buses, bikes and shared cars "
        "connect, with one ticket and real-time information.",
        "priorities": ["citizens-city", "climate-neutrality"],
        "themes": ["mobility-and-travel-chains", "smart-mobility"],
        "sdgs": [9, 11],
        "municipalities": ["106", "186", "245", "858", "543"],
        "funds": ["erdf", "national", "municipal"],
        "state": "planned",
        "start": D(2027, 2, 1),
        "end": D(2029, 6, 30),
        "budget": "1400000",
        "eu": "560000",
        "tags": ["mobility hubs", "public transport", "cycling", "real-time information"],
        "participants": ["c:reittiapu", "p:city-of-vantaa", "c:merivayla-logistics", "p:riga-technical-university"],
        "looking": "Bike-sharing and car-sharing operators, and rail operators interested in combined tickets.",
        "challenge": "Many commuters drive to work because the first and last kilometre between home and the station "
        "is hard. Parking, bikes, buses and trains are run by different organisations with different tickets.",
        "activities": [
            "Mobility hubs at five stations with secure bike parking and shared cars",
            "A combined ticket for the train and local transport",
            "Real-time information screens and an open data interface",
        ],
        "results": [
            "More commuters reaching stations without a private car",
            "Open data on hub use for planners and service providers",
        ],
        "images": 1,
    },
    {
        "slug": "local-food-farm-to-school",
        "title": "Local Food from Farm to School",
        "acronym": "Farm2School",
        "summary": "Municipal kitchens in western Uusimaa buy more food from local farms and fish farms through a "
        "shared ordering platform and simpler tenders.",
        "priorities": ["citizens-city", "climate-neutrality"],
        "themes": ["food-and-health-services", "sustainable-consumption-and-production"],
        "sdgs": [2, 3, 12],
        "municipalities": ["257", "755", "149"],
        "funds": ["erdf", "national"],
        "state": "completed",
        "start": D(2020, 1, 1),
        "end": D(2023, 5, 31),
        "budget": "470000",
        "eu": "188000",
        "eura": "A75263",
        "tags": ["local food", "public procurement", "school meals"],
        "participants": ["c:ruokakaari", "c:saaristo-aqua", "c:sipoo-smart-farms"],
        "challenge": "Farms in Kirkkonummi, Siuntio and Inkoo sell little to the schools next door: tenders are "
        "too large for them, and kitchens have no time to order from many small suppliers.",
        "activities": [
            "Tenders split into lots small producers can bid for",
            "A shared ordering platform for kitchens and farms",
            "Farm visits and cooking lessons for pupils",
        ],
        "results": [
            "Share of local food in school meals up from 12 % to 31 %",
            "Fourteen new local suppliers for municipal kitchens",
        ],
        "images": 1,
    },
    {
        "slug": "services-in-three-languages",
        "title": "Digital Services in Three Languages",
        "acronym": "Kolmikieli",
        "summary": "Bilingual towns of Uusimaa build their digital services in Finnish, Swedish and English from "
        "the start, with shared translation memories and plain-language guidelines.",
        "priorities": ["citizens-city"],
        "themes": ["new-services-and-digital-hubs"],
        "sdgs": [10, 16],
        "municipalities": ["638", "710", "078", "434"],
        "funds": ["erdf", "municipal"],
        "state": "ongoing",
        "start": D(2025, 1, 15),
        "end": D(2026, 12, 31),
        "budget": "510000",
        "eu": "204000",
        "eura": "A80879",
        "tags": ["multilingual services", "accessibility", "plain language", "e-services"],
        "participants": ["c:datapolku", "c:kyberlinna", "p:taltech"],
        "challenge": "Porvoo, Raasepori, Hanko and Loviisa are bilingual, and many residents and companies work in "
        "English. Digital services often appear first in Finnish only, and the other languages follow late "
        "or not at all.",
        "activities": [
            "Shared translation memories and terminology for municipal services",
            "Plain-language and accessibility guidelines for service designers",
            "Three e-services launched in three languages at the same time",
        ],
        "results": [
            "New services published in all three languages on the same day",
            "Translation costs shared between four towns",
        ],
        "images": 1,
    },
    {
        "slug": "libraries-as-digital-hubs",
        "title": "Libraries as Digital Hubs",
        "acronym": "LibHub",
        "summary": "Public libraries in four municipalities offered digital help, maker spaces and remote access to "
        "public services for residents of all ages.",
        "priorities": ["citizens-city"],
        "themes": ["new-services-and-digital-hubs", "education-and-skills"],
        "sdgs": [4, 10],
        "municipalities": ["106", "224", "543", "858"],
        "funds": ["esf-plus", "municipal"],
        "state": "completed",
        "start": D(2019, 8, 1),
        "end": D(2021, 12, 31),
        "budget": "390000",
        "eu": "156000",
        "eura": "S21457",
        "tags": ["libraries", "digital inclusion", "maker spaces"],
        "participants": ["c:oppimo", "c:datapolku", "p:city-of-espoo"],
        "challenge": "More and more public services are online only, and many residents, older people in particular, "
        "need help to use them. Libraries are trusted and close to people, but had few staff trained for this.",
        "activities": [
            "Digital help desks in libraries, with trained staff and volunteers",
            "Maker spaces with 3D printers and sewing machines",
            "Remote meeting rooms for appointments with public services",
        ],
        "results": [
            "12,000 digital help sessions in two years",
            "Digital help desks made a permanent library service",
        ],
        "images": 1,
    },
    # --- Industrial Modernisation ---------------------------------------------------------------
    {
        "slug": "quantum-sensing-testbed-otaniemi",
        "title": "Quantum Sensing Testbed Otaniemi",
        "acronym": "QSense",
        "summary": "An open testbed in Otaniemi where companies test quantum sensors for medical imaging, navigation "
        "and materials inspection with researchers and first customers.",
        "priorities": ["industrial-modernisation"],
        "themes": ["quantum-and-deep-tech"],
        "sdgs": [9],
        "municipalities": ["049"],
        "funds": ["horizon-europe", "research-council-of-finland", "business-finland"],
        "state": "ongoing",
        "start": D(2024, 1, 1),
        "end": D(2027, 12, 31),
        "budget": "5600000",
        "eu": "3900000",
        "cordis": "101113946",
        "tags": ["quantum technology", "sensors", "testbed", "deep tech"],
        "participants": ["p:aalto-university", "c:kvanttikide", "p:tno", "p:barcelona-supercomputing-center"],
        "featured": True,
        "looking": "Hospitals and medical device companies interested in magnetic imaging, and companies in "
        "non-destructive testing that want to compare quantum sensors with their current methods.",
        "challenge": "Quantum sensors can measure magnetic fields, gravity and time far more precisely than today's "
        "instruments, but few companies can test them outside a physics laboratory.",
        "activities": [
            "Shielded measurement rooms and cryogenic equipment open to companies",
            "Application pilots in heart imaging and weld inspection",
            "Joint training with European quantum testbeds",
        ],
        "results": [
            "Twenty companies using the testbed",
            "Two sensor prototypes validated with end users",
            "A European network of sensing testbeds sharing access",
        ],
        "images": 2,
    },
    {
        "slug": "low-carbon-foundry-karkkila",
        "title": "Low-Carbon Foundry Karkkila",
        "acronym": "LoCast",
        "summary": "An iron foundry in Karkkila switches to induction melting of recycled scrap with renewable "
        "electricity and recovers its waste heat for the town.",
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "themes": ["low-carbon-industry"],
        "sdgs": [9, 12, 13],
        "municipalities": ["224"],
        "funds": ["erdf", "business-finland"],
        "state": "ongoing",
        "start": D(2023, 10, 1),
        "end": D(2026, 12, 31),
        "budget": "1750000",
        "eu": "700000",
        "eura": "A79954",
        "tags": ["foundry", "electrification", "recycled metals", "waste heat"],
        "participants": [
            "c:karkkila-cast-components",
            "p:fraunhofer-isi",
            "p:aalto-university",
            "c:sahkopaja-hyvinkaa",
        ],
        "challenge": "Casting has been made in Karkkila for centuries, and foundries are among the most "
        "energy-intensive small industries. Customers now ask for the carbon footprint of every casting.",
        "activities": [
            "Induction furnaces replacing coke-fired melting",
            "Sorting and testing of local recycled scrap",
            "Waste heat recovery to the town's district heating",
        ],
        "results": [
            "Carbon footprint of castings cut by two thirds",
            "Verified footprint data for customers",
            "Heat for several hundred homes in Karkkila",
        ],
        "images": 1,
    },
    {
        "slug": "electrified-process-heat",
        "title": "Electrified Process Heat for Manufacturers",
        "acronym": "E-Heat",
        "summary": "Manufacturers in Hyvinkää, Mäntsälä and Kerava replaced gas and oil process heat with heat pumps, "
        "electric boilers and thermal storage.",
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "themes": ["low-carbon-industry", "fast-energy-transfer"],
        "sdgs": [7, 9, 13],
        "municipalities": ["106", "505", "245"],
        "funds": ["business-finland", "private"],
        "state": "completed",
        "start": D(2021, 1, 1),
        "end": D(2024, 6, 30),
        "budget": "2300000",
        "eu": None,
        "tags": ["electrification", "process heat", "thermal storage", "heat pumps"],
        "participants": ["c:sahkopaja-hyvinkaa", "c:lumivirta-energy", "p:tno"],
        "challenge": "Drying, washing and curing in factories need heat below 200 °C, often still made with gas or "
        "oil. Electric solutions exist, but many plant managers had never seen one working.",
        "activities": [
            "Process heat mapping in twelve factories",
            "Industrial heat pumps and electric boilers in three pilot plants",
            "Thermal storage that shifts electricity use to cheap hours",
        ],
        "results": [
            "Fossil process heat phased out in the pilot plants",
            "Open case studies with costs and savings",
        ],
        "images": 1,
    },
    {
        "slug": "wearables-post-operative-monitoring",
        "title": "Wearables for Post-Operative Home Monitoring",
        "acronym": "HomeWatch",
        "summary": "Patients go home sooner after surgery with a wearable patch that tracks heart rhythm, breathing "
        "and movement, watched by a hospital team.",
        "priorities": ["industrial-modernisation", "citizens-city"],
        "themes": ["smart-health", "food-and-health-services"],
        "sdgs": [3, 9],
        "municipalities": ["049", "091"],
        "funds": ["horizon-europe", "business-finland"],
        "state": "ongoing",
        "start": D(2025, 4, 1),
        "end": D(2028, 3, 31),
        "budget": "3100000",
        "eu": "2300000",
        "cordis": "101157782",
        "tags": ["wearables", "remote monitoring", "medical devices", "clinical trial"],
        "participants": ["c:medisensori", "c:hoivadata", "p:politecnico-di-milano", "p:aalto-university"],
        "challenge": "Patients often stay in hospital after surgery only to be watched for complications. Beds are "
        "scarce and patients recover better at home, if someone notices early when something goes wrong.",
        "activities": [
            "A clinical study with 400 patients after abdominal and orthopaedic surgery",
            "Algorithms that warn of complications from wearable data",
            "A care pathway linking the hospital team and home care",
        ],
        "results": [
            "Evidence on safety and length of stay for the regulatory file",
            "A care pathway ready for hospitals in Finland and Italy",
        ],
        "images": 1,
    },
    {
        "slug": "digital-twins-manufacturing-smes",
        "title": "Digital Twins for Manufacturing SMEs",
        "acronym": "TwinSME",
        "summary": "Small manufacturers in western and central Uusimaa built digital twins of their production lines "
        "to plan changes, train staff and cut energy use.",
        "priorities": ["industrial-modernisation"],
        "themes": ["digitalising-industry"],
        "sdgs": [8, 9],
        "municipalities": ["444", "106", "224", "927"],
        "funds": ["erdf", "private"],
        "state": "completed",
        "start": D(2020, 2, 1),
        "end": D(2023, 1, 31),
        "budget": "1200000",
        "eu": "480000",
        "eura": "A75917",
        "kohesio": "Q2345678",
        "tags": ["digital twin", "manufacturing", "IoT", "energy efficiency"],
        "participants": ["c:datapolku", "c:karkkila-cast-components", "c:sahkopaja-hyvinkaa", "c:routa-robotics"],
        "challenge": "Large factories use simulation and digital twins, but small manufacturers thought them too "
        "expensive and complex. Every change on the line was tested on the real line, at the cost of downtime.",
        "activities": [
            "Low-cost sensor kits for older machines",
            "Digital twins of eight production lines built on open-source tools",
            "Workshops where companies learn from each other's twins",
        ],
        "results": [
            "Energy use of the pilot lines reduced by 11 % on average",
            "Downtime for line changes cut by a third",
            "Open-source toolkit published for other SMEs",
        ],
        "images": 1,
    },
    {
        "slug": "robotic-site-logistics",
        "title": "Robotic Site Logistics for Construction",
        "acronym": "SiteBot",
        "summary": "Autonomous robots carry materials on construction sites in the capital region, so that skilled "
        "workers spend their time building instead of carrying.",
        "priorities": ["industrial-modernisation"],
        "themes": ["digitalising-industry"],
        "sdgs": [8, 9],
        "municipalities": ["091", "049", "092"],
        "funds": ["business-finland", "private"],
        "state": "ongoing",
        "start": D(2024, 6, 1),
        "end": D(2026, 12, 31),
        "budget": "2800000",
        "eu": None,
        "tags": ["robotics", "construction", "automation", "productivity"],
        "participants": ["c:routa-robotics", "c:kivikko-build", "p:kth-royal-institute-of-technology"],
        "challenge": "Carrying materials takes a large part of working time on construction sites and causes many "
        "injuries. Sites change every day, which makes automation hard.",
        "activities": [
            "Robots on three apartment building sites, moving boards, tiles and insulation",
            "Integration with the site's digital schedule and material orders",
            "Safety studies with workers and occupational health experts",
        ],
        "results": [
            "Robots running night shifts on live sites",
            "Measured time savings and safety data",
        ],
        "images": 1,
    },
    {
        "slug": "zero-discharge-fish-farming",
        "title": "Zero-Discharge Fish Farming",
        "acronym": "ZeroFish",
        "summary": "Land-based fish farms on the Raasepori and Hanko coast recirculate their water and turn "
        "nutrients into fertiliser instead of releasing them into the Baltic Sea.",
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "themes": ["low-carbon-industry", "sustainable-consumption-and-production"],
        "sdgs": [2, 12, 14],
        "municipalities": ["710", "078", "149"],
        "funds": ["interreg-baltic-sea-region", "national"],
        "state": "completed",
        "start": D(2019, 10, 1),
        "end": D(2022, 9, 30),
        "budget": "1700000",
        "eu": "1275000",
        "keep": "24711",
        "tags": ["aquaculture", "baltic sea", "nutrient recovery", "blue economy"],
        "participants": ["c:saaristo-aqua", "p:taltech", "p:gate-21", "p:sintef"],
        "challenge": "The Baltic Sea suffers from eutrophication, and net-pen fish farming adds to the nutrient load. "
        "Consumers want local fish, but new farms at sea are hard to permit.",
        "activities": [
            "Recirculating aquaculture with water treatment and sludge collection",
            "Nutrient recovery from fish sludge into fertiliser for local fields",
            "Comparison of farm designs with partners in Estonia, Denmark and Norway",
        ],
        "results": [
            "Nutrient discharge of the pilot farm reduced by over 90 %",
            "A permit guide for land-based fish farms around the Baltic Sea",
        ],
        "images": 1,
    },
    {
        "slug": "secure-health-data-hub",
        "title": "Secure Health Data Hub",
        "acronym": "HealthHub",
        "summary": "Health technology companies develop and test products on health data in a secure processing "
        "environment, with privacy built in.",
        "priorities": ["industrial-modernisation", "citizens-city"],
        "themes": ["smart-health", "cybersecurity"],
        "sdgs": [3, 9, 16],
        "municipalities": ["091", "049", "092"],
        "funds": ["erdf", "business-finland"],
        "state": "ongoing",
        "start": D(2024, 2, 1),
        "end": D(2027, 1, 31),
        "budget": "1450000",
        "eu": "580000",
        "eura": "A80158",
        "tags": ["health data", "secondary use", "privacy", "health technology"],
        "participants": ["c:hoivadata", "c:kyberlinna", "p:taltech", "p:aalto-university"],
        "challenge": "Finland allows the secondary use of health data for development and innovation, but small "
        "companies find the process and the technical requirements hard to meet.",
        "activities": [
            "A secure processing environment that meets the national requirements",
            "Synthetic data sets for early product development",
            "Guidance and office hours for start-ups preparing data permit applications",
        ],
        "results": [
            "Fifteen companies using the environment",
            "Average time from idea to data access halved",
        ],
        "images": 1,
    },
    {
        "slug": "battery-materials-back-into-the-loop",
        "title": "Battery Materials Back into the Loop",
        "acronym": "ReBatt",
        "summary": "Used batteries from electric vehicles and tools are collected in Uusimaa and processed into "
        "black mass and recovered lithium, nickel and cobalt.",
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "themes": ["low-carbon-industry", "climate-neutral-circular-economy"],
        "sdgs": [9, 12, 13],
        "municipalities": ["092", "638"],
        "funds": ["horizon-europe", "business-finland", "private"],
        "state": "ongoing",
        "start": D(2023, 1, 1),
        "end": D(2027, 6, 30),
        "budget": "4200000",
        "eu": "2900000",
        "cordis": "101069686",
        "tags": ["battery recycling", "critical raw materials", "circular economy", "black mass"],
        "participants": ["c:kiertoa-materials", "p:fraunhofer-isi", "p:tno", "p:politecnico-di-milano"],
        "featured": True,
        "challenge": "Europe imports most of the critical raw materials for batteries, and the EU Battery Regulation "
        "sets recycled-content targets. Recycling capacity close to where batteries are used is still small.",
        "activities": [
            "Collection and safe storage of used batteries from the capital region",
            "A pilot line for black mass with low energy use",
            "Life-cycle assessment and traceability of recovered materials",
        ],
        "results": [
            "Pilot line processing 1,000 tonnes of batteries a year",
            "Recovered materials qualified by battery makers",
            "Traceability data ready for the EU battery passport",
        ],
        "images": 2,
    },
    {
        "slug": "ai-forest-carbon-accounting",
        "title": "AI for Forest Carbon Accounting",
        "acronym": "ForestAI",
        "summary": "Machine learning on laser scanning and satellite images gives forest owners in Uusimaa reliable, "
        "affordable estimates of their forests' carbon.",
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "themes": ["digitalising-industry", "smart-land-use"],
        "sdgs": [13, 15],
        "municipalities": ["444", "927", "018", "504"],
        "funds": ["business-finland", "private"],
        "state": "completed",
        "start": D(2022, 1, 1),
        "end": D(2024, 12, 31),
        "budget": "690000",
        "eu": None,
        "tags": ["forests", "machine learning", "remote sensing", "carbon accounting"],
        "participants": ["c:hiilinielu-forest-data", "p:aalto-university"],
        "challenge": "Forest owners who want to sell carbon credits or report their carbon balance need field "
        "measurements that cost more than most small forest holdings can pay.",
        "activities": [
            "Models trained on national forest inventory plots and laser scanning",
            "Field validation with forest owners in four municipalities",
            "A web service for carbon estimates per forest stand",
        ],
        "results": [
            "Carbon estimates within 10 % of field measurements",
            "Service used by forest owners across southern Finland",
        ],
        "images": 1,
    },
    {
        "slug": "deep-tech-pre-incubator-espoo",
        "title": "Deep Tech Pre-Incubator Espoo",
        "acronym": "DeepStart",
        "summary": "Researchers in Espoo turn results in quantum technology, materials and health tech into "
        "start-ups, with coaching, lab access and first customers.",
        "priorities": ["industrial-modernisation", "citizens-city"],
        "themes": ["quantum-and-deep-tech", "entrepreneurship"],
        "sdgs": [8, 9],
        "municipalities": ["049", "235", "257"],
        "funds": ["erdf", "municipal"],
        "state": "ongoing",
        "start": D(2025, 9, 1),
        "end": D(2028, 8, 31),
        "budget": "1300000",
        "eu": "520000",
        "eura": "A81190",
        "tags": ["deep tech", "start-ups", "spin-offs", "incubator"],
        "participants": ["p:city-of-espoo", "p:aalto-university", "c:kvanttikide", "p:barcelona-supercomputing-center"],
        "challenge": "Deep-tech start-ups need years of development and expensive equipment before their first "
        "sale. Many promising research results never leave the laboratory.",
        "activities": [
            "A twelve-month pre-incubator programme for research teams",
            "Access to laboratories and computing at partner institutions",
            "Pilots with companies and public buyers as first customers",
        ],
        "results": [
            "Thirty teams coached, with the aim of ten new companies",
            "A pilot-buyer network of companies and municipalities",
        ],
        "images": 1,
    },
    {
        "slug": "digital-port-call-loviisa",
        "title": "Digital Port Call Loviisa",
        "acronym": "PortCall",
        "summary": "Ships, the port, pilots and terminal operators in Loviisa and Porvoo shared real-time data on "
        "arrivals, so vessels could slow down instead of waiting at anchor.",
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "themes": ["digitalising-industry", "smart-mobility"],
        "sdgs": [9, 13, 14],
        "municipalities": ["434", "638"],
        "funds": ["interreg-central-baltic"],
        "state": "completed",
        "start": D(2018, 3, 1),
        "end": D(2021, 2, 28),
        "budget": "1100000",
        "eu": "825000",
        "keep": "22516",
        "tags": ["ports", "shipping", "just-in-time arrival", "data sharing"],
        "participants": ["c:merivayla-logistics", "p:taltech", "c:datapolku"],
        "challenge": "Ships often sail at full speed only to wait at anchor for a free berth, burning fuel for "
        "nothing. The information needed to avoid this was spread across many organisations.",
        "activities": [
            "A port call message exchange following international standards",
            "Just-in-time arrival trials with regular cargo vessels",
            "Data sharing agreements between port actors in Finland and Estonia",
        ],
        "results": [
            "Average waiting time at anchor cut by 40 %",
            "Fuel savings measured on the trial vessels",
        ],
        "images": 1,
    },
    {
        "slug": "energy-smart-vertical-farming",
        "title": "Energy-Smart Vertical Farming",
        "acronym": "VertiFarm",
        "summary": "A vertical farm in Sipoo tests dynamic LED lighting that follows electricity prices, and reuses "
        "its waste heat in nearby greenhouses.",
        "priorities": ["industrial-modernisation", "climate-neutrality"],
        "themes": ["low-carbon-industry", "sustainable-consumption-and-production"],
        "sdgs": [2, 7, 12],
        "municipalities": ["753", "858"],
        "funds": ["business-finland", "private"],
        "state": "planned",
        "start": D(2027, 4, 1),
        "end": D(2029, 3, 31),
        "budget": "980000",
        "eu": None,
        "tags": ["vertical farming", "LED lighting", "demand response", "local food"],
        "participants": ["c:sipoo-smart-farms", "c:lumivirta-energy", "p:aalto-university"],
        "looking": "Greenhouse growers within a few kilometres of Sipoo interested in buying low-temperature heat, "
        "and lighting researchers in plant science.",
        "challenge": "Vertical farms grow food close to consumers all year round, but electricity is their largest "
        "cost. Running the lights when electricity is cheap and clean could make them far more competitive.",
        "activities": [
            "Lighting recipes that shift light to cheap hours without harming growth",
            "Heat recovery from the farm to neighbouring greenhouses",
            "Life-cycle comparison with imported greens",
        ],
        "results": [
            "Electricity cost per kilo of greens cut by a quarter",
            "Heat sold to a neighbouring greenhouse",
        ],
        "images": 1,
    },
    {
        "slug": "quantum-software-skills",
        "title": "Quantum Software Skills for Industry",
        "acronym": "QSkills",
        "summary": "Software developers in the region learn to program quantum computers through practical courses "
        "built with universities and quantum companies.",
        "priorities": ["industrial-modernisation", "citizens-city"],
        "themes": ["quantum-and-deep-tech", "education-and-skills"],
        "sdgs": [4, 9],
        "municipalities": ["049", "091"],
        "funds": ["esf-plus", "national"],
        "state": "ongoing",
        "start": D(2025, 1, 1),
        "end": D(2027, 6, 30),
        "budget": "740000",
        "eu": "296000",
        "eura": "S30571",
        "tags": ["quantum computing", "software", "continuous learning", "skills"],
        "participants": ["c:oppimo", "c:kvanttikide", "p:barcelona-supercomputing-center", "p:aalto-university"],
        "challenge": "Finland has quantum computers and a growing quantum industry, but few software developers who "
        "know how to use them. Companies cannot wait for new university graduates.",
        "activities": [
            "Evening and online courses for working developers",
            "Hands-on projects on real quantum hardware and simulators",
            "Company challenges solved by course participants",
        ],
        "results": [
            "300 developers trained",
            "Courses continued by the universities after the project",
        ],
        "images": 1,
    },
    {
        "slug": "urban-cleantech-showroom",
        "title": "Urban Cleantech Showroom",
        "acronym": "UCS",
        "summary": "A travelling exhibition that presented cleantech companies of the Helsinki region to visiting "
        "delegations during the 2014 strategy period.",
        "priorities": ["climate-neutrality"],
        "themes": ["sustainable-consumption-and-production"],
        "sdgs": [9, 13],
        "municipalities": ["091", "049"],
        "funds": ["erdf", "municipal"],
        "state": "completed",
        "start": D(2014, 9, 1),
        "end": D(2016, 8, 31),
        "budget": "310000",
        "eu": "155000",
        "tags": ["urban cleantech", "exhibition", "internationalisation"],
        "participants": ["p:city-of-helsinki", "c:lumivirta-energy", "c:kiertoa-materials"],
        "status": "archived",
        "challenge": "Foreign delegations visiting the region wanted to see cleantech solutions in one place, and "
        "small companies lacked a stage to meet them.",
        "activities": [
            "A modular exhibition shown at events and in city halls",
            "Company pitches for visiting delegations",
        ],
        "results": [
            "Over 80 delegations met regional companies",
            "Archived: the Urban Cleantech theme belongs to the 2014 strategy period",
        ],
        "images": 1,
    },
    # --- Entries in other states, to show the publishing rules -----------------------------------
    {
        "slug": "harbour-heat-storage-pilot",
        "title": "Harbour Heat Storage Pilot",
        "acronym": "HarbourHeat",
        "summary": "A seasonal heat store in a disused rock cavern near the port of Inkoo, charged with summer "
        "solar and waste heat.",
        "priorities": ["climate-neutrality"],
        "themes": ["fast-energy-transfer"],
        "sdgs": [7, 13],
        "municipalities": ["149"],
        "funds": ["jtf", "private"],
        "state": "planned",
        "start": D(2027, 9, 1),
        "end": None,
        "budget": "3600000",
        "eu": "1440000",
        "tags": ["heat storage", "rock cavern", "seasonal storage"],
        "participants": ["c:lumivirta-energy", "c:tuulisatama"],
        "status": "draft",
        "challenge": "Summer heat is plentiful and winter heat expensive. A rock cavern could store heat between the "
        "seasons.",
        "activities": ["Feasibility study of the cavern", "Design of the charging and discharging system"],
        "results": ["Investment decision on a full-scale heat store"],
        "images": 0,
    },
    {
        "slug": "citizen-science-air-quality",
        "title": "Citizen Science Air Quality Network",
        "acronym": "AirWatch",
        "summary": "Residents and schools host low-cost air quality sensors and learn to read the data together "
        "with researchers.",
        "priorities": ["citizens-city"],
        "themes": ["education-and-skills"],
        "sdgs": [3, 4, 11],
        "municipalities": ["092", "245"],
        "funds": ["municipal"],
        "state": "planned",
        "start": D(2027, 8, 1),
        "end": D(2028, 12, 31),
        "budget": "180000",
        "eu": None,
        "tags": ["air quality", "citizen science", "schools"],
        "participants": ["c:datapolku", "p:hsy"],
        "status": "draft",
        "challenge": "Air quality varies street by street, but official stations are few.",
        "activities": ["Sensors hosted by 50 households and 10 schools", "Data workshops for pupils"],
        "results": ["An open air quality map at street level"],
        "images": 0,
    },
    {
        "slug": "smart-street-lighting-villages",
        "title": "Smart Street Lighting for Villages",
        "acronym": "VillageLight",
        "summary": "Rural municipalities replace old street lights with LED lights that dim when nobody is around, "
        "saving energy and keeping village roads safe.",
        "priorities": ["climate-neutrality"],
        "themes": ["fast-energy-transfer", "smart-land-use"],
        "sdgs": [7, 11],
        "municipalities": ["611", "616", "504"],
        "funds": ["erdf", "municipal"],
        "state": "planned",
        "start": D(2027, 5, 1),
        "end": D(2028, 10, 31),
        "budget": "620000",
        "eu": "248000",
        "tags": ["street lighting", "LED", "smart countryside"],
        "participants": ["c:datapolku", "c:lumivirta-energy"],
        "status": "in_review",
        "challenge": "Old mercury and sodium street lights burn all night on empty village roads.",
        "activities": ["Inventory of street lights", "Presence-controlled LED lighting on pilot roads"],
        "results": ["Street lighting energy use halved in the pilot villages"],
        "images": 1,
    },
    {
        "slug": "nature-based-stormwater-solutions",
        "title": "Nature-Based Stormwater Solutions",
        "acronym": "RainGarden",
        "summary": "Rain gardens, green roofs and open ditches manage heavy rain in growing town centres of central "
        "Uusimaa, adding greenery and habitats.",
        "priorities": ["climate-neutrality", "citizens-city"],
        "themes": ["smart-land-use", "housing-and-urban-planning"],
        "sdgs": [6, 11, 13, 15],
        "municipalities": ["186", "858", "543"],
        "funds": ["erdf", "municipal"],
        "state": "planned",
        "start": D(2027, 3, 1),
        "end": D(2029, 2, 28),
        "budget": "880000",
        "eu": "352000",
        "tags": ["stormwater", "climate adaptation", "nature-based solutions", "biodiversity"],
        "participants": ["c:kivikko-build", "p:hsy", "p:gate-21"],
        "status": "scheduled",
        "challenge": "Heavy rains are becoming more frequent, and pipes in growing town centres cannot take all the "
        "water. Green solutions slow the water down and make streets more pleasant.",
        "activities": [
            "Rain gardens and permeable paving in three town centres",
            "Guidelines for stormwater in land-use plans",
            "Monitoring of water quantity and quality",
        ],
        "results": [
            "Fewer flooding events in the pilot areas",
            "Stormwater guidelines adopted by the partner municipalities",
        ],
        "images": 1,
    },
]

# ---------------------------------------------------------------------------------------------
# Strategy pages
# ---------------------------------------------------------------------------------------------

STATEMENT_DATE = "1 November 2026"

PAGES = [
    {
        "slug": "about",
        "title": "About the strategy",
        "order": 1,
        "summary": "Resource-wise Helsinki-Uusimaa: the regional innovation strategy of the Helsinki-Uusimaa "
        "Region. Smart City + Smart Countryside = Smart Region.",
        "body": """
<p><strong>Helsinki Smart Region</strong> is the showcase of <em>Resource-wise Helsinki-Uusimaa</em>, the
smart specialisation strategy of the Helsinki-Uusimaa Region. The strategy was approved by the Regional
Board in April 2020 and published in English, Finnish and Swedish.</p>
<h2>Resource wisdom</h2>
<p>The strategy's umbrella theme is resource wisdom (in Finnish <em>resurssiviisaus</em>): using the
region's innovation, economic, environmental and social resources deliberately for sustainable growth.
It builds on the UN Sustainable Development Goals, ambitious climate targets and sustainable growth.</p>
<blockquote>Smart City + Smart Countryside = Smart Region</blockquote>
<p>The towns of Uusimaa offer density, research and markets; its rural municipalities offer land,
forests, food, renewable energy and space to test. The strategy needs both.</p>
<h2>Three priorities</h2>
<ul>
<li><a href="/strategy/climate-neutrality/">Climate Neutrality</a>: smart land use, fast energy transfer,
sustainable consumption and production, smart mobility and a climate-neutral circular economy.</li>
<li><a href="/strategy/citizens-city/">Citizens' City</a>: smooth everyday life, from travel chains and
housing to health services, entrepreneurship, digital hubs, creative industries, cybersecurity and
skills.</li>
<li><a href="/strategy/industrial-modernisation/">Industrial Modernisation</a>: low-carbon industry,
quantum and deep tech, smart health and the digitalisation of industry.</li>
</ul>
<h2>The region in figures</h2>
<ul>
<li>26 municipalities</li>
<li>about 1.7 million inhabitants</li>
<li>about 39 % of Finland's <abbr title="gross domestic product">GDP</abbr></li>
<li>almost 100,000 companies</li>
<li>about a third of Finland's jobs</li>
</ul>
<h2>Targets for 2030</h2>
<ul>
<li>A <strong>climate-neutral</strong> region.</li>
<li>Research and development spending at <strong>5 % of regional GDP</strong>.</li>
<li>An <strong>employment rate of 80 %</strong>.</li>
</ul>
<h2>Funding</h2>
<p>Projects under the strategy are funded by the European Regional Development Fund (ERDF), the European
Social Fund Plus (ESF+), the Just Transition Fund (JTF), Horizon Europe and the Interreg programmes, as
well as Business Finland, the Research Council of Finland, municipalities and companies. In 2021–2027
the EU's cohesion policy aims at a more competitive and smarter, greener, more connected and more social
Europe that is closer to its citizens.</p>
<h2>Join the network</h2>
<p>Organisations from all over Europe are welcome in the partner network. Browse the
<a href="/projects/?partners_wanted=on">projects looking for partners</a> or
<a href="mailto:smartregion@uusimaa.fi">send a join request</a>.</p>
""",
    },
    {
        "slug": "contact",
        "title": "Contact",
        "order": 2,
        "summary": "Contact the Helsinki Smart Region team at the Helsinki-Uusimaa Regional Council.",
        "body": """
<p>Helsinki Smart Region is maintained by the <strong>Helsinki-Uusimaa Regional Council</strong>
(Uudenmaan liitto – Nylands förbund), the regional development and planning authority of the 26
municipalities of Uusimaa.</p>
<h2>Address</h2>
<p>Helsinki-Uusimaa Regional Council<br>Esterinportti 2 B<br>00240 Helsinki<br>Finland</p>
<h2>Email</h2>
<p>Questions about the portal, the strategy and the projects:
<a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a>. We answer in English, Finnish and
Swedish, usually within a week.</p>
<h2>Joining the network</h2>
<p>Organisations that want to join the partner network or a project can use the
<a href="mailto:smartregion@uusimaa.fi">join request form</a>. You will get a confirmation by email and later our
decision.</p>
<h2>Corrections</h2>
<p>If you find an error in the information about a project, a company or a partner, please write to us
and tell us what to correct. Project owners can also send updated results and images.</p>
""",
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "order": 3,
        "summary": "How the Helsinki-Uusimaa Regional Council processes personal data in the Helsinki Smart Region "
        "portal, including join requests.",
        "body": f"""
<p>This privacy notice explains how personal data is processed in the Helsinki Smart Region portal, in
accordance with the EU General Data Protection Regulation (<abbr title="General Data Protection
Regulation">GDPR</abbr>, Regulation (EU) 2016/679) and the Finnish Data Protection Act (1050/2018).
Last updated: {STATEMENT_DATE}.</p>
<h2>Controller</h2>
<p>Helsinki-Uusimaa Regional Council, Esterinportti 2 B, 00240 Helsinki, Finland.
Contact for matters concerning this portal: <a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a>.</p>
<h2>Data protection officer</h2>
<p>You can contact the Regional Council's data protection officer at
<a href="mailto:tietosuoja@uusimaa.fi">tietosuoja@uusimaa.fi</a> or by post to the address above,
marked “Data protection officer”.</p>
<h2>What data we process and why</h2>
<h3>Join requests</h3>
<p>When you send a join request, we process the name of your organisation and its details, your name,
email address and, if you give it, your phone number, the priorities and project you are interested in,
your message and the language you wrote in. We use this data to handle your request, to contact you,
to tell you our decision and, if your organisation is accepted, to create its partner profile. The staff
who review join requests see this data; it is not published.</p>
<h3>Published profiles</h3>
<p>Partner, company and project pages show information about organisations. They do not show contact
details of private persons unless the organisation has asked us to publish a named contact.</p>
<h3>Staff accounts</h3>
<p>For the Regional Council's curators we process user names, email addresses and a history of the
changes they make, so that we know who published what.</p>
<h3>Technical data</h3>
<p>The web server records technical log data (IP address, time, requested page, browser) to keep the
service secure and working. The portal uses no analytics, no advertising and no third-party content. It
sets only the cookies needed for security (CSRF protection) and for the language you choose, and for
signed-in staff a session cookie.</p>
<h2>Legal basis</h2>
<ul>
<li>Handling join requests and maintaining the partner network: performance of a task carried out in the
public interest, the Regional Council's statutory regional development tasks (GDPR Article 6(1)(e)).</li>
<li>Security logs and staff accounts: our legitimate interest in keeping the service secure and knowing who
changed what (Article 6(1)(f)).</li>
<li>Publishing a named contact person of an organisation, or a photograph showing people: consent (Article
6(1)(a)), which you can withdraw at any time.</li>
</ul>
<h2>How long we keep the data</h2>
<ul>
<li>Declined join requests: 12 months after the decision; requests marked as spam: 30 days.</li>
<li>Approved join requests: as long as the organisation is in the partner network, and 12 months after
it leaves.</li>
<li>Technical logs: 90 days.</li>
<li>Staff accounts: as long as the person works as a curator, change history as long as the content
exists.</li>
</ul>
<h2>Who receives the data</h2>
<p>The data is not sold or used for marketing. It is processed by the Regional Council's staff and by our
hosting and email service providers, who act on our behalf under data processing agreements. The data is
stored in the European Union and is not transferred outside the European Economic Area.</p>
<h2>Your rights</h2>
<p>You have the right to access your data, to have it corrected, to have it erased or its processing
restricted, and to object to processing based on the public interest or our legitimate interest. Where
processing is based on consent, you can withdraw your consent at any time. Send your request to the
contact address above; we answer within one month.</p>
<p>If you think that your data is processed unlawfully, you can lodge a complaint with the Data Protection
Ombudsman (<a href="https://tietosuoja.fi/en">tietosuoja.fi</a>), PO Box 800, 00531 Helsinki.</p>
""",
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "order": 4,
        "summary": "The accessibility statement of the Helsinki Smart Region portal, under the EU Web Accessibility "
        "Directive and the Finnish Act on the Provision of Digital Services.",
        "body": f"""
<p>The Helsinki-Uusimaa Regional Council is committed to making its website accessible, in accordance with
Directive (EU) 2016/2102 of the European Parliament and of the Council and the Finnish Act on the Provision
of Digital Services (306/2019).</p>
<p>This accessibility statement applies to the Helsinki Smart Region portal.</p>
<h2>Compliance status</h2>
<p>This website is <strong>partially compliant</strong> with the Web Content Accessibility Guidelines
(<abbr title="Web Content Accessibility Guidelines">WCAG</abbr>) 2.1 level AA and the harmonised European
standard EN 301 549, due to the non-compliances listed below.</p>
<h2>Non-accessible content</h2>
<p>The content listed below is non-accessible for the following reasons.</p>
<h3>Non-compliance with the accessibility regulations</h3>
<ul>
<li>Some images uploaded for older projects have alternative texts that do not describe the image well
(WCAG success criterion 1.1.1). We review the texts when we update the projects.</li>
<li>Some project descriptions received from project owners use headings out of order (WCAG 1.3.1).</li>
<li>Some PDF reports linked from project pages are not accessible documents (WCAG 1.1.1, 1.3.1 and 2.4.2).
They are published by the projects on their own websites.</li>
</ul>
<h3>Disproportionate burden</h3>
<p>We do not claim a disproportionate burden for any content.</p>
<h3>Content that is not within the scope of the applicable legislation</h3>
<ul>
<li>Content of third-party websites that project pages link to, such as the registries EURA 2021, Kohesio,
keep.eu and CORDIS.</li>
<li>Archived project pages that are not needed for active administrative processes.</li>
</ul>
<h2>Preparation of this accessibility statement</h2>
<p>This statement was prepared on {STATEMENT_DATE}. The method used to prepare the statement was a
self-assessment by the portal team: automated testing of every page template with axe-core, and manual
testing with a keyboard, screen readers (NVDA and VoiceOver) and 200 % zoom.</p>
<p>The statement was last reviewed on {STATEMENT_DATE}.</p>
<h2>Feedback and contact information</h2>
<p>If you notice accessibility problems on this website, or if you need information from it in an
accessible format, please contact us:</p>
<ul>
<li>Email: <a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a></li>
<li>Post: Helsinki-Uusimaa Regional Council, Esterinportti 2 B, 00240 Helsinki, Finland</li>
</ul>
<p>We will reply within 14 days. If we need more time, we will tell you when you can expect an answer.</p>
<h2>Enforcement procedure</h2>
<p>If you are not satisfied with our reply, or you do not receive a reply within two weeks, you can notify
the supervisory authority. In Finland, compliance with the accessibility requirements is monitored by the
<strong>Finnish Transport and Communications Agency Traficom</strong>, Digital Accessibility Supervision
Unit. The website <a href="https://www.saavutettavuusvaatimukset.fi/en">saavutettavuusvaatimukset.fi</a>
explains how to file a complaint.</p>
<p>Finnish Transport and Communications Agency Traficom, Digital Accessibility Supervision Unit<br>
Email: <a href="mailto:saavutettavuus@traficom.fi">saavutettavuus@traficom.fi</a><br>
Telephone (switchboard): +358 29 534 5000</p>
""",
    },
]

# ---------------------------------------------------------------------------------------------
# Parts for the large generated catalogue (load_demo --projects N).
# ---------------------------------------------------------------------------------------------

# Per priority: (title stem, theme slugs, SDG numbers, activity sentences).
GENERATED_TOPICS = {
    "climate-neutrality": [
        (
            "Heat pumps for public buildings",
            ["fast-energy-transfer"],
            [7, 13],
            [
                "Energy audits of municipal buildings",
                "Joint procurement of heat pumps",
                "Remote monitoring of heat use",
            ],
        ),
        (
            "Solar power for housing companies",
            ["fast-energy-transfer"],
            [7, 11],
            ["Solar surveys for housing companies", "Shared solar plants on roofs", "Training for boards"],
        ),
        (
            "Low-carbon land-use planning",
            ["smart-land-use"],
            [11, 13, 15],
            ["Carbon maps for planners", "Comparison of plan alternatives", "Workshops with residents"],
        ),
        (
            "Electric vehicle charging network",
            ["smart-mobility"],
            [7, 11, 13],
            ["Charging points at public car parks", "Smart charging pilots", "Open charging data"],
        ),
        (
            "Circular construction materials",
            ["climate-neutral-circular-economy"],
            [9, 12],
            ["Pre-demolition audits", "A marketplace for reused components", "Quality testing of reused materials"],
        ),
        (
            "Food waste reduction",
            ["sustainable-consumption-and-production"],
            [2, 12],
            ["Food waste measurement in kitchens", "Redistribution of surplus food", "Menu planning tools"],
        ),
        (
            "Cycling and walking routes",
            ["smart-mobility"],
            [3, 11, 13],
            ["Safe routes to schools", "Winter maintenance pilots", "Bike parking at stations"],
        ),
        (
            "Biogas from agricultural side streams",
            ["climate-neutral-circular-economy"],
            [7, 12, 13],
            ["Collection of manure and residues", "Biogas fuel points", "Recycled fertiliser trials"],
        ),
    ],
    "citizens-city": [
        (
            "Digital services for older residents",
            ["new-services-and-digital-hubs"],
            [3, 10],
            ["Digital help desks", "Easy-to-use tablets for home care", "Training for volunteers"],
        ),
        (
            "Demand-responsive transport",
            ["mobility-and-travel-chains"],
            [10, 11],
            ["On-demand minibuses", "Booking by app and phone", "Connections to trains"],
        ),
        (
            "Co-working hub for entrepreneurs",
            ["entrepreneurship"],
            [8, 9],
            ["A co-working space", "Mentoring for founders", "Meet-ups with investors"],
        ),
        (
            "Skills for green jobs",
            ["education-and-skills"],
            [4, 8],
            ["Short courses with employers", "On-the-job training", "Career guidance"],
        ),
        (
            "Resident participation in urban planning",
            ["housing-and-urban-planning"],
            [11, 16],
            ["3D visualisations of plans", "Pop-up planning studios", "Online feedback"],
        ),
        (
            "Cybersecurity for municipal services",
            ["cybersecurity"],
            [9, 16],
            ["Security assessments", "Staff training", "Incident exercises"],
        ),
        (
            "Creative industries in village centres",
            ["creative-industries"],
            [8, 11],
            ["Shared venues for artists", "Business coaching", "Touring programme"],
        ),
        (
            "Local food in public kitchens",
            ["food-and-health-services"],
            [2, 3, 12],
            ["Smaller tender lots", "A shared ordering platform", "Farm visits for pupils"],
        ),
    ],
    "industrial-modernisation": [
        (
            "Digital twins for manufacturers",
            ["digitalising-industry"],
            [8, 9],
            ["Sensor kits for older machines", "Digital twins of production lines", "Peer-learning workshops"],
        ),
        (
            "Electrified process heat",
            ["low-carbon-industry"],
            [7, 9, 13],
            ["Process heat mapping", "Industrial heat pumps", "Thermal storage"],
        ),
        (
            "Quantum technology testbed",
            ["quantum-and-deep-tech"],
            [9],
            ["Lab access for companies", "Application pilots", "Researcher exchange"],
        ),
        (
            "Health technology validation",
            ["smart-health"],
            [3, 9],
            ["Clinical validation studies", "Data access for developers", "Care pathway design"],
        ),
        (
            "Robotics for small factories",
            ["digitalising-industry"],
            [8, 9],
            ["Robot pilots in small factories", "Safety studies", "Training for operators"],
        ),
        (
            "Hydrogen for industry",
            ["low-carbon-industry"],
            [7, 9, 13],
            ["Feasibility studies", "Electrolyser pilot", "Shared purchase plans"],
        ),
        (
            "Recycled materials for industry",
            ["low-carbon-industry"],
            [9, 12],
            ["Material testing", "Traceability of recycled content", "Supplier network"],
        ),
        (
            "Secure data sharing in supply chains",
            ["digitalising-industry"],
            [9, 16],
            ["Data sharing agreements", "Secure data platform", "Pilot use cases"],
        ),
    ],
}

GENERATED_PREFIXES = ["", "", "", "Pilot: ", "Scaling up: ", "Phase 2: "]
GENERATED_TAGS = ["pilot", "co-creation", "open data", "energy efficiency", "digitalisation", "skills", "testbed"]
