#!/usr/bin/env python3
"""The expected record of each release in this folder, written by hand from reading the
release (not from the reader's output), as roundtable/1 JSON files NN-name.json. Kept as one
script so that a change of format is made once; run it after editing an expectation."""
import json
import os

here = os.path.dirname(os.path.abspath(__file__))


def org(key, name, short=""):
    o = {"key": key, "name": name}
    if short:
        o["short_name"] = short
    return o


def person(key, honorific, family, given, family_first):
    p = {"key": key, "honorific": honorific, "family_name": family, "given_name": given,
         "family_name_first": family_first}
    return p


def speech(person_key, role, title, organization, verb, summary):
    s = {"person": person_key, "role": role, "verb": verb, "summary": summary}
    if title:
        s["title"] = title
    if organization:
        s["organization"] = organization
    return s


def write(name, organizations, people, dialogue, contacts=()):
    dialogue.setdefault("key", name)
    dialogue.setdefault("status", "held")
    doc = {"format": "roundtable/1", "organizations": organizations, "people": people,
           "contacts": list(contacts), "dialogues": [dialogue]}
    with open(os.path.join(here, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


write("01-dateline-vientiane",
      [org("mrcs", "Mekong River Commission Secretariat", "MRCS"),
       org("lmec", "Lancang-Mekong Environmental Cooperation Center", "LMEC"),
       org("adb", "Asian Development Bank", "ADB"),
       org("dmh-lao", "Department of Meteorology and Hydrology of Lao PDR")],
      [person("an-pich-hatda", "Dr.", "An", "Pich Hatda", True),
       person("souphasay-komany", "Ms.", "Komany", "Souphasay", False)],
      {"title": "Regional Workshop on Transboundary Flood Forecasting and Early Warning", "kind": "Workshop",
       "start_date": "2019-09-16", "end_date": "2019-09-18", "city": "Vientiane", "country": "LA",
       "venue": "Crowne Plaza Hotel", "format": "in_person",
       "participants": "More than 70 hydrologists, disaster managers and policy makers from Cambodia, China, Lao PDR, Myanmar, Thailand and Viet Nam",
       "outcome": "Participants agreed to set up a regional working group on flood early warning and to meet again in 2020.",
       "contact": "mrcs-media",
       "organizations": [{"organization": "mrcs", "role": "co_organizer"}, {"organization": "lmec", "role": "co_organizer"},
                         {"organization": "adb", "role": "supporter"}],
       "topics": [{"title": "flood forecasting models"}, {"title": "early warning communication"},
                  {"title": "community preparedness"}],
       "speeches": [speech("an-pich-hatda", "opening_remarks", "Chief Executive Officer", "mrcs", "stressed",
                           "Timely data sharing between upstream and downstream countries saves lives during the flood season."),
                    speech("souphasay-komany", "speech", "Deputy Director-General", "dmh-lao", "noted",
                           "The new forecasting centre in Vientiane now issues five-day forecasts for the main stream.")]},
      [{"key": "mrcs-media", "organization": "mrcs", "label": "Media contact", "emails": ["media@mrcmekong.org"],
        "phones": ["+856 21 263 263"]}])

write("02-chaired-roundtable",
      [org("feco", "Foreign Environmental Cooperation Center", "FECO"),
       org("wwf", "World Wide Fund for Nature", "WWF"),
       org("unep-roap", "UNEP Regional Office for Asia and the Pacific"),
       org("bca-vn", "Biodiversity Conservation Agency of Viet Nam")],
      [person("li-yonghong", "Mr.", "Li", "Yonghong", True),
       person("dechen-tsering", "Ms.", "Tsering", "Dechen", False),
       person("phan-minh-tuan", "Mr.", "Phan", "Minh Tuan", True)],
      {"title": "High-level Roundtable on Biodiversity Finance in the Lancang-Mekong Region", "kind": "Roundtable",
       "start_date": "2021-10-12", "city": "Kunming", "country": "CN", "format": "in_person",
       "occasion": "the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity (COP15)",
       "outcome": "The participants agreed that a regional network of biodiversity finance practitioners should be established.",
       "about": "feco",
       "organizations": [{"organization": "feco", "role": "organizer"}, {"organization": "wwf", "role": "supporter"}],
       "speeches": [speech("li-yonghong", "presiding", "Deputy Director-General", "feco", "chaired", ""),
                    speech("dechen-tsering", "keynote", "Regional Director", "unep-roap", "underlined",
                           "Public budgets alone cannot close the biodiversity finance gap and that private investment must be steered by clear rules."),
                    speech("phan-minh-tuan", "speech", "Director", "bca-vn", "shared",
                           "Payments for forest environmental services have raised more than 130 million US dollars a year for forest protection.")]})

write("03-speakers-listed",
      [org("pcd", "Pollution Control Department of Thailand", "PCD"),
       org("sei", "Stockholm Environment Institute", "SEI"),
       org("daqnm-kh", "Department of Air Quality and Noise Management of Cambodia")],
      [person("pinsak-suraswadi", "Dr.", "Suraswadi", "Pinsak", False),
       person("nguyen-thi-lan", "Ms.", "Nguyen", "Thi Lan", True),
       person("keo-sopheak", "Mr.", "Keo", "Sopheak", True)],
      {"title": "Policy Dialogue on Air Quality Management in Mekong Cities", "kind": "Policy Dialogue",
       "start_date": "2023-03-07", "city": "Bangkok", "country": "TH", "venue": "United Nations Conference Centre",
       "format": "in_person",
       "organizations": [{"organization": "pcd", "role": "host"}, {"organization": "sei", "role": "partner"}],
       "topics": [{"title": "emission inventories for cities"}, {"title": "crop residue burning"}],
       "speeches": [speech("pinsak-suraswadi", "speech", "Director-General", "pcd", "said",
                           "The number of days with PM2.5 above the national standard in Bangkok fell by a third since 2019."),
                    speech("nguyen-thi-lan", "speech", "Researcher", "sei", "explained",
                           "Low-cost sensors can fill gaps between official monitoring stations if they are calibrated every season."),
                    speech("keo-sopheak", "speech", "Deputy Director", "daqnm-kh", "highlighted",
                           "Open burning of crop residues remains the main source of haze in the dry season.")]})

write("04-online-meeting",
      [org("lmec", "Lancang-Mekong Environmental Cooperation Center", "LMEC"),
       org("unep", "United Nations Environment Programme", "UNEP"),
       org("unep-china", "UNEP China Office"),
       org("pcd", "Pollution Control Department of Thailand")],
      [person("wang-qian", "Ms.", "Wang", "Qian", True),
       person("zhang-yujun", "Dr.", "Zhang", "Yujun", True),
       person("somchai-jaidee", "Mr.", "Jaidee", "Somchai", False)],
      {"title": "Online Meeting on Reducing Marine Plastic Pollution in the Mekong", "kind": "Meeting",
       "start_date": "2020-06-24", "format": "online",
       "participants": "Around 120 participants from government agencies, universities and civil society",
       "outcome": "The participants agreed to exchange data on river plastic monitoring.",
       "organizations": [{"organization": "lmec", "role": "organizer"}, {"organization": "unep", "role": "co_organizer"}],
       "speeches": [speech("wang-qian", "moderator", "Programme Management Officer", "unep-china", "moderated", ""),
                    speech("zhang-yujun", "speech", "Director-General", "lmec", "pointed out",
                           "Most plastic waste reaches the sea through rivers, and that the Mekong countries share a responsibility to stop it at the source."),
                    speech("somchai-jaidee", "speech", "Senior Advisor", "pcd", "introduced",
                           "The national roadmap on plastic waste management 2018-2030.")]})

write("05-quotes",
      [org("moe-kh", "Ministry of Environment of Cambodia", "MOE"),
       org("undp", "United Nations Development Programme", "UNDP")],
      [person("sao-sopheap", "H.E. Mr.", "Sao", "Sopheap", True),
       person("sarah-johnson", "Ms.", "Johnson", "Sarah", False)],
      {"title": "Mekong Youth Forum on Climate Action", "kind": "Forum",
       "start_date": "2022-11-04", "end_date": "2022-11-05", "city": "Phnom Penh", "country": "KH",
       "venue": "Royal University of Phnom Penh", "format": "in_person",
       "outcome": "The participants adopted the Phnom Penh Youth Call to Action on Climate.",
       "organizations": [{"organization": "moe-kh", "role": "organizer"}, {"organization": "undp", "role": "supporter"}],
       "topics": [{"title": "climate education"}, {"title": "green jobs"}, {"title": "youth participation in policy"}],
       "speeches": [speech("sao-sopheap", "speech", "Secretary of State", "moe-kh", "said",
                           "Young people are not only victims of climate change, they are the ones who will carry the solutions"),
                    speech("sarah-johnson", "speech", "Resident Representative", "undp", "said",
                           "We need to bring young voices into national climate plans")]})

write("06-hybrid-forum-us-dates",
      [org("mwr", "Ministry of Water Resources of China", "MWR"),
       org("lmwrcc", "Lancang-Mekong Water Resources Cooperation Center", "LMWRCC"),
       org("guangxi", "Guangxi Zhuang Autonomous Region Government"),
       org("dwr-kh", "Department of Water Resources of Cambodia")],
      [person("wei-shanzhong", "Mr.", "Wei", "Shanzhong", True),
       person("sokha-chea", "Dr.", "Chea", "Sokha", False)],
      {"title": "Third Lancang-Mekong Water Resources Cooperation Forum", "kind": "Forum",
       "start_date": "2021-03-05", "end_date": "2021-03-07", "city": "Nanning", "country": "CN", "format": "hybrid",
       "outcome": "The Forum adopted a joint statement on water resources cooperation for 2021-2025.",
       "contact": "lmwrcc-contact",
       "organizations": [{"organization": "mwr", "role": "guided_by"}, {"organization": "lmwrcc", "role": "host"},
                         {"organization": "guangxi", "role": "supporter"}],
       "topics": [{"title": "hydrological data sharing"}, {"title": "drought management"},
                  {"title": "hydropower and livelihoods"}, {"title": "capacity building"}],
       "speeches": [speech("wei-shanzhong", "opening_remarks", "Vice Minister", "mwr", "stated",
                           "Water resources cooperation is a flagship of Lancang-Mekong Cooperation."),
                    speech("sokha-chea", "speech", "Director", "dwr-kh", "emphasized",
                           "Data sharing during the dry season helps farmers plan irrigation.")]},
      [{"key": "lmwrcc-contact", "organization": "lmwrcc", "label": "Contact Us",
        "address": "No. 2 Lane 2, Baiguang Road, Beijing 100053, China", "phones": ["+86-10-63204556"],
        "emails": ["lmwrcc@mwr.gov.cn"]}])

write("07-webinar-moderated",
      [org("iucn-vn", "International Union for Conservation of Nature (IUCN) Viet Nam Country Office"),
       org("lmec", "Lancang-Mekong Environmental Cooperation Center", "LMEC"),
       org("iucn", "IUCN", "IUCN"),
       org("ctu", "College of Environment and Natural Resources of Can Tho University"),
       org("gef", "Global Environment Facility", "GEF")],
      [person("nguyen-van-minh", "Dr.", "Nguyen", "Van Minh", True),
       person("tran-quoc-hung", "Prof.", "Tran", "Quoc Hung", True),
       person("elena-rossi", "Ms.", "Rossi", "Elena", False)],
      {"title": "Webinar on Nature-based Solutions for Coastal Resilience in the Mekong Delta", "kind": "Webinar",
       "start_date": "2021-04-15", "format": "online",
       "participants": "More than 200 participants",
       "organizations": [{"organization": "iucn-vn", "role": "organizer"}, {"organization": "lmec", "role": "partner"}],
       "speeches": [speech("nguyen-van-minh", "moderator", "Programme Officer", "iucn", "stated",
                           "Mangrove belts of 500 metres reduce wave height by more than half."),
                    speech("tran-quoc-hung", "speech", "Dean", "ctu", "presented",
                           "The results of ten years of mangrove restoration in Ca Mau province."),
                    speech("elena-rossi", "speech", "Senior Advisor", "gef", "noted",
                           "Nature-based solutions are eligible for GEF financing under the eighth replenishment.")]})

write("08-opening-remarks-by",
      [org("monre", "Ministry of Natural Resources and Environment of Viet Nam", "MONRE"),
       org("adb", "Asian Development Bank", "ADB")],
      [person("le-cong-thanh", "Mr.", "Le", "Cong Thanh", True),
       person("anna-schmidt", "Dr.", "Schmidt", "Anna", False)],
      {"title": "Seminar on Environmental Impact Assessment for Transboundary Projects", "kind": "Seminar",
       "start_date": "2023-05-12", "city": "Hanoi", "country": "VN", "format": "in_person",
       "outcome": "The participants recommended that MONRE draft national guidelines on transboundary EIA by the end of 2023.",
       "organizations": [{"organization": "monre", "role": "organizer"}, {"organization": "adb", "role": "supporter"}],
       "topics": [{"title": "scoping of transboundary impacts"}, {"title": "public consultation across borders"},
                  {"title": "monitoring of mitigation measures"}],
       "speeches": [speech("le-cong-thanh", "opening_remarks", "Vice Minister", "monre", "stressed",
                           "Public participation must start before a project is designed, not after."),
                    speech("anna-schmidt", "speech", "Environmental Safeguards Specialist", "adb", "explained",
                           "The Bank's Safeguard Policy Statement requires a transboundary assessment whenever a project affects a shared river.")]})

write("09-symposium-crossmonth",
      [org("cmu", "Chiang Mai University", "CMU"),
       org("rrc-ea", "Ramsar Regional Centre – East Asia", "RRC-EA"),
       org("gef", "Global Environment Facility", "GEF"),
       org("onep", "Office of Natural Resources and Environmental Policy and Planning", "ONEP")],
      [person("somsak-wongsawat", "Prof.", "Wongsawat", "Somsak", False),
       person("kanya-boonmee", "Ms.", "Boonmee", "Kanya", False)],
      {"title": "Regional Symposium on Wetland Restoration in the Greater Mekong", "kind": "Symposium",
       "start_date": "2022-09-30", "end_date": "2022-10-02", "city": "Chiang Mai", "country": "TH",
       "venue": "Chiang Mai University", "format": "in_person",
       "outcome": "The participants agreed to publish a regional atlas of wetlands by 2024.",
       "organizations": [{"organization": "cmu", "role": "host"}, {"organization": "rrc-ea", "role": "host"},
                         {"organization": "gef", "role": "supporter"}],
       "topics": [{"title": "peatland restoration"}, {"title": "migratory bird flyways"},
                  {"title": "wetland monitoring with satellite data"}],
       "speeches": [speech("somsak-wongsawat", "welcome", "President", "cmu", "said",
                           "The university will open a field station at Nong Bong Khai wetland."),
                    speech("kanya-boonmee", "speech", "Director", "onep", "highlighted",
                           "Thailand has designated fifteen Ramsar sites.")]})

# The reference release: its record is the demo's (resources/demo/reference.json), as the
# centre keeps it; the people and organisations are the demo's too.
demo = json.load(open(os.path.join(here, "..", "..", "..", "resources", "demo", "reference.json"), encoding="utf-8"))
reference = [d for d in demo["dialogues"] if d["key"] == "2022-11-23-iem-roundtable"][0]
write("10-reference-lmec", demo["organizations"], demo["people"], dict(reference), demo["contacts"])

write("11-training-docx",
      [org("ecd", "Environmental Conservation Department of Myanmar", "ECD"),
       org("feco", "Foreign Environmental Cooperation Center", "FECO"),
       org("lmc-fund", "Lancang-Mekong Cooperation Special Fund")],
      [person("hla-maung-thein", "Dr.", "Thein", "Hla Maung", False),
       person("chen-gang", "Mr.", "Chen", "Gang", True)],
      {"title": "Training Workshop on Green Supply Chains for Small and Medium Enterprises", "kind": "Workshop",
       "start_date": "2019-08-20", "end_date": "2019-08-22", "city": "Yangon", "country": "MM",
       "venue": "Sule Shangri-La Hotel", "format": "in_person",
       "participants": "About 45 managers of small and medium enterprises from the garment, food processing and tourism sectors",
       "outcome": "The participants agreed to form a network of green enterprises in Yangon.",
       "contact": "feco-contact",
       "organizations": [{"organization": "ecd", "role": "co_organizer"}, {"organization": "feco", "role": "co_organizer"},
                         {"organization": "lmc-fund", "role": "supporter"}],
       "topics": [{"title": "eco-design"}, {"title": "cleaner production"}, {"title": "green procurement"}],
       "speeches": [speech("hla-maung-thein", "welcome", "Director-General", "ecd", "said",
                           "Greener supply chains open export markets that demand certified products."),
                    speech("chen-gang", "speech", "Deputy Director", "feco", "introduced",
                           "China's experience with green procurement and eco-labelling.")]},
      [{"key": "feco-contact", "organization": "feco", "label": "For more information, please contact",
        "emails": ["info@fecomee.org.cn"]}])

write("12-conference",
      [org("lmec", "Lancang-Mekong Environmental Cooperation Center", "LMEC"),
       org("efc", "Energy Foundation China", "EFC"),
       org("bma", "Bangkok")],
      [person("malee-srisuk", "Ms.", "Srisuk", "Malee", False),
       person("liu-wei", "Dr.", "Liu", "Wei", True)],
      {"title": "Lancang-Mekong Conference on Low-carbon Cities", "kind": "Conference",
       "start_date": "2020-12-09", "city": "Shenzhen", "country": "CN",
       "venue": "Shenzhen Convention and Exhibition Center", "format": "hybrid",
       "participants": "Representatives of city governments, research institutes and enterprises from the six Lancang-Mekong countries",
       "outcome": "The participants agreed to launch a Lancang-Mekong low-carbon cities network in 2021.",
       "about": "lmec",
       "organizations": [{"organization": "lmec", "role": "organizer"}, {"organization": "efc", "role": "supporter"}],
       "topics": [{"title": "electric public transport"}, {"title": "energy-efficient buildings"}],
       "speeches": [speech("malee-srisuk", "speech", "Deputy Governor", "bma", "stated",
                           "Bangkok will electrify its bus fleet by 2030."),
                    speech("liu-wei", "speech", "Senior Researcher", "efc", "emphasized",
                           "Building codes are the cheapest way to cut urban emissions.")]})
