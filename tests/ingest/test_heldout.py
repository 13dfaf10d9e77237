"""The real extractor on held-out articles of the genre, scored by the shared scorer.

The graphs in heldout/ are our own hand annotations (ANNOTATION.md) of articles in
../shared/corpus/unlabeled; the articles themselves are read from there at run time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.extract import Extractor
from coordgraph.ingest.read import read_path

HELDOUT = Path(__file__).resolve().parent / "heldout"
# 24 articles annotated blind in December 2026 and scored once before any rule saw them: 0.7556 overall
BLIND = Path(__file__).resolve().parent / "blind"
# 28 more, annotated blind in a later round (20 drawn at random, 13 of them among articles that mention
# coordination; 8 among those naming a coordination regulation, programme or plan): first and only score
# 0.742 on the 20, 0.663 on the 8, 0.725 on all 28 (P 0.89, R 0.61)
BLIND2 = Path(__file__).resolve().parent / "blind2"
# 20 more, annotated blind in the round after (drawn at random with a fixed seed, 13 among articles that mention
# coordination, 7 from the rest; none states a coordination agreement): first and only score 0.717 (P 0.93, R 0.59)
BLIND3 = Path(__file__).resolve().parent / "blind3"
# 20 more, annotated blind in the same round (fixed-seed draw: 12 among articles naming a coordination regulation,
# programme or plan, 8 from the rest), never tuned on: 0.753 with the extractor the round started with,
# 0.758 with the one it ended with.
BLIND4 = Path(__file__).resolve().parent / "blind4"
# 40 more, annotated blind in the round after (fixed-seed draws, each 12 among articles naming a coordination
# regulation, programme or plan and 8 from the rest; the annotators saw no extractor output), never tuned on:
# blind5 0.746 and blind6 0.768 with the extractor that round started with; 0.746 and 0.764 with the one it
# ended with, whose new rules were read off blind4 and the earlier sets (blind4 0.758 -> 0.814).
BLIND5 = Path(__file__).resolve().parent / "blind5"
BLIND6 = Path(__file__).resolve().parent / "blind6"
# 50 more, annotated blind in the round after (fixed-seed draws, 30 then 20; 18 and 12 among articles naming a
# coordination regulation, programme or plan, the rest from the others), scored once, with the extractor that
# round ended with: blind7 0.810 (P 0.89, R 0.74), blind8 0.829 (P 0.94, R 0.74).
BLIND7 = Path(__file__).resolve().parent / "blind7"
BLIND8 = Path(__file__).resolve().parent / "blind8"
# 24 more, annotated blind at the start of the round after (fixed-seed draw: 14 among articles naming a coordination
# regulation, programme or plan, 10 from the rest), scored once with the extractor that round ended with: 0.784
# (P 0.88, R 0.71); events 2 of 9 and coordination pairs 0 of 8 were the weakest figures.
BLIND9 = Path(__file__).resolve().parent / "blind9"
# 24 more, annotated blind at the start of the round after (fixed-seed draw: the 10 articles left naming a
# coordination regulation, programme or plan, 4 among those naming signing or coordination twice, 10 from the rest),
# scored once with the extractor that round ended with: 0.783 (P 0.88, R 0.70); posts (HOLDS_POSITION R 0.61),
# events and their hosts (Event 5 of 11, ORGANIZES 4 of 16) and the laws a ceremony announced were the weakest.
BLIND10 = Path(__file__).resolve().parent / "blind10"
# 24 more, annotated blind at the start of the round after (fixed-seed draw: none left naming a coordination
# regulation, programme or plan, so 14 among those naming signing, coordination or agreement twice, 10 from the rest),
# scored once with the extractor that round ended with: 0.814 (P 0.90, R 0.74); posts (HOLDS_POSITION R 0.55, most
# of them in one article listing officials rotated between posts), events and their hosts (Event 3 of 7, ORGANIZES
# 5 of 12) and the parties of its two coordination documents were the weakest.
BLIND11 = Path(__file__).resolve().parent / "blind11"
# 48 more, annotated blind at the start of the round after (two fixed-seed draws of 24: 14 among articles naming
# signing, coordination or agreement twice, 10 from the rest), scored once with the extractor as merged mid-round,
# before any rule was read off them: blind12 0.864 (P 0.94, R 0.80), blind13 0.806 (P 0.89, R 0.73), the 48 together
# 0.833; posts in blind13 (HOLDS_POSITION R 0.63), attendance (R 0.45), PART_OF (R 0.57) and venues were the weakest.
BLIND12 = Path(__file__).resolve().parent / "blind12"
BLIND13 = Path(__file__).resolve().parent / "blind13"
# 48 more, drawn and annotated blind the same way at the start of the round after, scored once with the extractor
# as merged mid-round: blind14 0.799 (P 0.88, R 0.74), blind15 0.843 (P 0.93, R 0.77), the 48 together 0.818;
# events (4 of 12), documents' issuers (ISSUED 2 of 14), PART_OF (R 0.53) and street names read as people were
# the weakest.
BLIND14 = Path(__file__).resolve().parent / "blind14"
BLIND15 = Path(__file__).resolve().parent / "blind15"
# 48 more, drawn and annotated blind the same way at the start of the round after, scored once with the extractor
# as merged mid-round: blind16 0.851 (P 0.93, R 0.78), blind17 0.838 (P 0.92, R 0.77), the 48 together 0.844;
# events (2 of 11), their hosts and chairs, coordination parties (2 of 9) and documents' issuers were the weakest.
BLIND16 = Path(__file__).resolve().parent / "blind16"
BLIND17 = Path(__file__).resolve().parent / "blind17"
# 48 more, drawn and annotated blind the same way at the start of the round after, scored once with the extractor
# as merged mid-round: blind18 0.824 (P 0.89, R 0.77), blind19 0.834 (P 0.89, R 0.79), the 48 together 0.830;
# events (9 of 14, with their hosts 5 of 17 and chairs 1 of 5), posts (HOLDS_POSITION R 0.68) with local bodies in
# articles naming several provinces, and coordination parties (2 of 6) were the weakest.
BLIND18 = Path(__file__).resolve().parent / "blind18"
BLIND19 = Path(__file__).resolve().parent / "blind19"
# 48 more, drawn and annotated blind the same way at the start of the round after, scored once with the extractor
# as merged mid-round: blind20 0.799 (P 0.88, R 0.73), blind21 0.843 (P 0.88, R 0.81), the 48 together 0.823;
# events (6 of 14, with their hosts 8 of 23 and attendants 13 of 37), coordination parties (0 of 5), venues (2 of 6)
# and PART_OF (R 0.59) were the weakest.
BLIND20 = Path(__file__).resolve().parent / "blind20"
BLIND21 = Path(__file__).resolve().parent / "blind21"
# 48 more, drawn and annotated blind the same way at the start of the next round, scored once with the extractor as
# merged mid-round: blind22 0.820 (P 0.92, R 0.74), blind23 0.822 (P 0.91, R 0.75), the 48 together 0.821; posts
# (HOLDS_POSITION R 0.63: careers told in prose, a personnel round-up, company boards), events (9 of 23, with their
# hosts 11 of 29 and attendants 21 of 52) and venues (2 of 11) were the weakest.
BLIND22 = Path(__file__).resolve().parent / "blind22"
BLIND23 = Path(__file__).resolve().parent / "blind23"
# 48 more, drawn and annotated blind the same way at the start of the next round, scored once with the extractor as
# merged at the end of that round, none of whose rules was read off them: blind24 0.841 (P 0.90, R 0.79), blind25
# 0.852 (P 0.91, R 0.80), the 48 together 0.847 (0.844 with the extractor the round began with); events (7 of 14,
# with their hosts 8 of 20 and attendants 24 of 49), venues (1 of 5), posts (HOLDS_POSITION R 0.67) and documents'
# issuers (12 of 28) were the weakest.
BLIND24 = Path(__file__).resolve().parent / "blind24"
BLIND25 = Path(__file__).resolve().parent / "blind25"
# 48 more, drawn and annotated blind the same way at the start of the next round, scored once with the extractor as
# merged at the end of that round, none of whose rules was read off them: blind26 0.826 (P 0.90, R 0.76), blind27
# 0.874 (P 0.93, R 0.82), the 48 together 0.849 (0.848 with the extractor the round began with); posts
# (HOLDS_POSITION R 0.69), PART_OF (R 0.70), attendants (23 of 41), coordination parties (5 of 12) and launches (0 of 7)
# were the weakest.
BLIND26 = Path(__file__).resolve().parent / "blind26"
BLIND27 = Path(__file__).resolve().parent / "blind27"
# 48 more, drawn and annotated blind the same way at the start of the next round, scored once with the extractor as
# merged at the end of that round, none of whose rules was read off them: blind28 0.788 (P 0.85, R 0.73), blind29
# 0.799 (P 0.91, R 0.71), the 48 together 0.794 (0.793 with the extractor the round began with); events (5 of 16,
# most undated or dated by a year only the context gives, with their hosts 7 of 25 and attendants 15 of 47), PART_OF
# (R 0.49), signings (0 of 9), coordination parties (8 of 22) and posts (HOLDS_POSITION R 0.70) were the weakest.
BLIND28 = Path(__file__).resolve().parent / "blind28"
BLIND29 = Path(__file__).resolve().parent / "blind29"
# 48 more, drawn and annotated blind the same way at the start of the next round, scored once with the extractor as
# merged at the end of that round, none of whose rules was read off them: blind30 0.865 (P 0.96, R 0.78), blind31
# 0.891 (P 0.94, R 0.85), the 48 together 0.878 (0.873 with the extractor the round began with); events (8 of 15,
# with their venues 3 of 12 and attendants 22 of 59), reviews (1 of 6), issuers (11 of 19) and posts
# (HOLDS_POSITION R 0.76) were the weakest.
BLIND30 = Path(__file__).resolve().parent / "blind30"
BLIND31 = Path(__file__).resolve().parent / "blind31"
# 48 more, drawn and annotated blind the same way at the start of the next round, scored once with the extractor as
# merged at the end of that round, none of whose rules was read off them: blind32 0.842 (P 0.87, R 0.82), blind33
# 0.828 (P 0.87, R 0.80), the 48 together 0.836 (0.835 with the extractor the round began with); events (10 of 17,
# 12 extra, with their hosts 12 of 25, venues 4 of 10 and attendants 24 of 51), coordination parties (1 of 28, most
# of them one article's road-building contracts), PART_OF (R 0.72) and posts (HOLDS_POSITION R 0.77) were the
# weakest.
BLIND32 = Path(__file__).resolve().parent / "blind32"
BLIND33 = Path(__file__).resolve().parent / "blind33"
SETS = {"heldout": HELDOUT, "blind": BLIND, "blind2": BLIND2, "blind3": BLIND3, "blind4": BLIND4,
        "blind5": BLIND5, "blind6": BLIND6, "blind7": BLIND7, "blind8": BLIND8,
        "blind9": BLIND9, "blind10": BLIND10, "blind11": BLIND11, "blind12": BLIND12, "blind13": BLIND13,
        "blind14": BLIND14, "blind15": BLIND15, "blind16": BLIND16, "blind17": BLIND17,
        "blind18": BLIND18, "blind19": BLIND19, "blind20": BLIND20, "blind21": BLIND21,
        "blind22": BLIND22, "blind23": BLIND23, "blind24": BLIND24, "blind25": BLIND25,
        "blind26": BLIND26, "blind27": BLIND27, "blind28": BLIND28, "blind29": BLIND29,
        "blind30": BLIND30, "blind31": BLIND31, "blind32": BLIND32, "blind33": BLIND33}
# heldout, 26 articles: 0.906 when raised (0.909 when first set; the last 6, annotated blind, scored 0.79), 0.909 since.
# blind: 0.756 at its first score; 0.780 after rules for the kinds of construction it missed (no longer blind).
# blind2: 0.725 at its first score; 0.778 after rules for the kinds of construction it missed (offices and boards
# of a body, bodies described in lower case, lists sharing a head); no longer blind after this round.
# blind3: 0.717 at its first score; 0.776 after rules for documents and events it missed (no longer blind).
# After rules for posts, units and bodies outside the lists, and for coordination and event constructions
# (read off blind and blind2; blind3 never tuned on): heldout 0.929,
# blind 0.841, blind2 0.810, blind3 0.730. After rules for what blind3 missed (national and regional boards,
# posts after "sẽ/trực tiếp làm", local heads in lower case; issuers of numbered documents, court and police
# papers, regular meetings): blind3 0.795 (no longer blind). After rules for dates ("hôm nay 5-1", the year a
# review names), an assembly's sittings ("Sáng 14/11, Quốc hội nghe báo cáo ...") and numbered meetings named as
# the setting ("tại hội nghị Thành ủy lần thứ 22, ..."), read off blind4, and sittings named "phiên thảo luận/chất vấn": blind4 0.785.
# After rules for the posts and bodies blind4 and blind3 missed (a head alone naming the body named before,
# asides between a name and its posts, bodies a title closes, listed bodies written with their parent, the
# anti-corruption committee's name as written): heldout 0.930, blind 0.844, blind2 0.823, blind3 0.814,
# blind4 0.782 (no longer blind); with both rounds merged, blind4 0.808.
# After rules read off blind3..blind6 for organs of a body, foreign bodies, steering committees, units beside their
# parent, posts in lists and after appointments, event years and hosts, working sessions and coordination parties:
# heldout 0.933, blind 0.848, blind2 0.829, blind3 0.848, blind4 0.859, blind5 0.786, blind6 0.839.
# After rules for bodies outside the lists (a district list sharing its head, earlier names, standing boards,
# company names), posts (lists sharing a title, a bare title's body from context, appointments, acting posts),
# years read from the text, signers as issuers, signing ceremonies and person-led working sessions: heldout 0.939,
# blind 0.871, blind2 0.860, blind3 0.855, blind4 0.879, blind5 0.809, blind6 0.857, blind7 0.829, blind8 0.854.
# After rules read off blind9 once it was scored (sessions named with their body, gatherings, anniversary brackets,
# street lists and company names that are no persons, highland names, organs of an association's central
# committee, known banks and enterprises, partners after a colon): heldout 0.940, blind3 0.857, blind4 0.880,
# blind6 0.859, blind8 0.866, blind9 0.827 (no longer blind); with lower-case bodies after a title, blind9 0.832.
# After rules read off the pooled misses of heldout and blind..blind9 (organs of associations, departments beside
# their parent, embassies, investigation agencies; several titles in one body as one post, bylines, lower-case
# titles, foreign names; parties written loosely, signers and signings at an event, documents of the Centre;
# thin events dropped, a body's own briefings and sessions, signers and speakers attending, dates after an event's
# name): heldout 0.958, blind 0.891, blind2 0.880, blind3 0.879, blind4 0.899, blind5 0.837, blind6 0.896,
# blind7 0.884, blind8 0.891, blind9 0.867.
# After rules read off the pooled misses of heldout and blind..blind10 (newspapers and banks that act, a company's
# number and region closing its name, procuracies and courts "cùng cấp", company boards named by brand, parents in
# brackets or after "thuộc", chains of parents inside a name; pronoun subjects, lists of former posts and post verbs
# inside a chain; "Theo ông X", presenters and people "tại buổi ..."; review meetings named with their body, plan
# years, visits; parties that are unlisted groups, documents enacted by another): heldout 0.962, blind 0.905,
# blind2 0.896, blind3 0.880, blind4 0.910, blind5 0.844, blind6 0.904, blind7 0.889, blind8 0.900, blind9 0.892,
# blind10 0.844.
# After rules read off the pooled misses of heldout and blind..blind13 (provinces and listed bodies kept as the
# article spells them, associations, units beside their parent after a comma, abbreviated level words, departments
# listed after "các", bank branches, a local Front as its committee; appointments after a chain, posts "lúc đó là",
# in brackets and after "cương vị"; planned parts, quotations and reported clauses; decisions handed over as
# ceremonies): heldout 0.965, blind 0.907, blind2 0.899, blind3 0.889, blind4 0.915, blind5 0.859, blind6 0.925,
# blind7 0.896, blind8 0.904, blind9 0.895, blind10 0.857, blind11 0.864, blind12 0.888, blind13 0.837.
# After rules read off the pooled misses of heldout and blind..blind15 (bodies written short and in full as one, a
# body's inspectorates, police departments named alone, ministries written without "và", brands in brackets,
# newspapers only quoted as sources, the national Front beside the other organisations; units named before the body
# a chain names next, deputies after their head; streets and firms named after people, foreign names with an age;
# assembly votes, drills and reviews with no event noun as sittings, dates from a later clause, years planned for;
# document numbers with spaced figures, plans named by their topic): heldout 0.967, blind 0.914, blind2 0.904,
# blind3 0.900, blind4 0.924, blind5 0.867, blind6 0.928, blind7 0.904, blind8 0.904, blind9 0.901, blind10 0.871,
# blind11 0.875, blind12 0.910, blind13 0.844, blind14 0.826, blind15 0.872.
# After rules read off the pooled misses of heldout and blind..blind17 (boards named by their purpose, organs after a
# company's short name, "Thường vụ" of a party committee, names running on over a few lower-case words, brands that
# close a company's name; bare titles after "các"/a count, more heads a bare title finds; numbered submissions,
# reports and telegrams with their issuers, memoranda, party lists with short names in brackets; planned events,
# commentators outside the event): heldout 0.967, blind 0.918, blind2 0.907, blind3 0.900, blind4 0.930,
# blind5 0.867, blind6 0.931, blind7 0.905, blind8 0.905, blind9 0.907, blind10 0.871, blind11 0.882, blind12 0.914,
# blind13 0.850, blind14 0.842, blind15 0.875, blind16 0.853, blind17 0.850.
# After rules read off the pooled misses of heldout and blind..blind19 (associations and universities with a
# lower-case head, run-together abbreviations, wards with their district, outlets that report as sources, company
# names running through "và", a bare Ban Thường vụ or Ủy ban Kiểm tra of the one committee its sentence names,
# police departments with their parent, bare provincial bodies in articles about several provinces; posts after an
# age, "Đảng ủy viên" in a chain, a head alone, titles after "Theo"; foreign officials' bodies; years of ceremonies,
# anniversaries and themed years; meetings known by their conclusions, receivers attending, commentators named
# late; plenum resolutions' issuer, joint circulars' issuers): heldout 0.967, blind 0.921, blind2 0.908,
# blind3 0.912, blind4 0.937 (three gold relations in it give plenum resolutions no issuer, against eight
# elsewhere), blind5 0.866, blind6 0.934, blind7 0.907, blind8 0.907, blind9 0.910, blind10 0.869, blind11 0.884,
# blind12 0.917, blind13 0.857, blind14 0.847, blind15 0.882, blind16 0.871, blind17 0.856, blind18 0.832,
# blind19 0.858.
# After rules read off the pooled misses of heldout and blind..blind21 (blind20/21 once scored): district police in
# lower case and in lists of level words, names holding a list ending in "và", police teams, bare company boards,
# provinces named as a title's subject, department lists after "các sở, ngành:", lower-case heads in list slots and
# lower-case units before their parent, foreign heads in capitals; posts after a chain with no comma, after a
# residence bracket or a nickname, shared by a counted title, removed "của ông X"; event sittings and press
# briefings, progress meetings as reviews, birth and old months kept out of dates, travel to a province and airports
# as venues, residents and "Theo ông X" as commentators; Chinese names with pinyin, streets after house numbers:
# heldout 0.967, blind 0.922, blind2 0.917, blind3 0.912, blind4 0.935, blind5 0.873, blind6 0.937, blind7 0.909,
# blind8 0.911, blind9 0.917, blind10 0.870, blind11 0.888, blind12 0.926, blind13 0.865, blind14 0.871, blind15
# 0.890, blind16 0.892, blind17 0.871, blind18 0.857, blind19 0.881, blind20 0.822, blind21 0.876.
# After rules read off the pooled misses of heldout and blind..blind23 (blind22/23 once scored): sub-units named
# alone, lower-case companies, steering boards of exams, bloc party committees, "Trường ĐH", emulation clusters,
# brands in brackets after long names, titles that hold their body; posts after a bracketed chain and a post verb,
# bare titles elected after a chain, shared brackets, ranks between title and name, "thay ông X" as a former post,
# past careers in lists; acts a body holds on a stated day, working visits and talks, dates behind an hour or a
# "Theo báo X" lead-in, terms and congresses giving the year; generic bodies in lists of kinds and "địa phương":
# heldout 0.969, blind 0.922, blind2 0.917, blind3 0.916, blind4 0.934, blind5 0.882, blind6 0.937, blind7 0.911,
# blind8 0.918, blind9 0.925, blind10 0.875, blind11 0.907, blind12 0.935, blind13 0.880, blind14 0.873, blind15
# 0.892, blind16 0.902, blind17 0.897, blind18 0.869, blind19 0.897, blind20 0.850, blind21 0.895, blind22 0.832,
# blind23 0.826.
# After rules read off the pooled misses of heldout and blind..blind23 (blind24/25 unseen until scored): the party
# committee of a police or army body in a chain, careers told with an age and a home town, "thôi chức A để làm B",
# "thay ông B làm P"; provincial lists sharing a head, lower-case units before a bracketed parent, "Thủ tướng" acting
# in the passive, dotted initials and mixed-case brands in company names, brands after a dash or before "Việt Nam",
# short names in brackets, boards of a company named once, organs of the youth union's central committee, a paper's
# editorial board; departments of a provincial police named alone; laws as documents, "được X ban hành"; short forms
# that speak at the event, occasions named in full and flashbacks kept apart; ceremonies a body holds on a stated day
# ("phát động", "khánh thành"), hosts after a stand-in noun, headings glued to a dated sentence, national days and
# exam years as dates, the year of a legislature's session: heldout 0.969, blind 0.923, blind2 0.917,
# blind3 0.916, blind4 0.934, blind5 0.889, blind6 0.940, blind7 0.917, blind8 0.921, blind9 0.927, blind10 0.883,
# blind11 0.908, blind12 0.939, blind13 0.883, blind14 0.876, blind15 0.904, blind16 0.902, blind17 0.906, blind18
# 0.885, blind19 0.900, blind20 0.854, blind21 0.908, blind22 0.851, blind23 0.849.
# After rules read off the pooled misses of heldout and blind..blind25 (blind26/27 unseen until scored): titles
# shared by a plural or counted list and titles given in turn, the party formula "được chỉ định tham gia Ban Chấp
# hành, Ban Thường vụ và giữ chức", past careers past an unread item and after a clause, posts taken away by a
# sanction, bare "UBND"/"HĐND" after a title, counted member lists, appointments without "làm"; a force's high
# command, lower-case police of the province, associations closed by a province, bare "Thanh tra Bộ"/"Văn phòng
# Bộ", names an article writes kept, central committees of two associations; two days of one month and dates of
# effect as dates; events in quotes, counted meetings, signings told as done, sessions after "của", hosts after
# "chủ trì họp"; issuers after "của X tại", signers named with posts: heldout 0.969, blind 0.923, blind2 0.917, blind3
# 0.919, blind4 0.934, blind5 0.899, blind6 0.940, blind7 0.922, blind8 0.931, blind9 0.927, blind10 0.884, blind11
# 0.910, blind12 0.940, blind13 0.903, blind14 0.883, blind15 0.906, blind16 0.905, blind17 0.910, blind18 0.889,
# blind19 0.907, blind20 0.858, blind21 0.918, blind22 0.859, blind23 0.862, blind24 0.854, blind25 0.869.
# After rules read off the pooled misses of heldout and blind..blind27 (blind28/29 unseen until scored): school and
# academy names joined by "và" or a dash, "ĐH" before a school's name, a head inside a longer head ("Chi cục"),
# ministries named by their first words, brands after a chief executive's title, exam boards and their wordings,
# companies' boards and party committees before a bare head, units joined to a parent by a bare comma or listed
# before one, lower-case "vụ" of a ministry, districts abolished in 2025; the clause of a wrongdoing before a former
# post, a bare minister's title in an article about one ministry; events named by their place, "trên địa bàn",
# "sáng nay 12-3" ending a name, "Ngày hội", "tổ chức chương trình", launches of a coming year dated the year before,
# "xác nhận" as speech; documents by topic that a post holder has out, judgments and warrants as numbered
# documents, reviews of a signed agreement, the main body as party to a subjectless regulation: heldout 0.971, blind
# 0.924, blind2 0.924, blind3 0.926, blind4 0.934, blind5 0.901, blind6 0.940, blind7 0.927, blind8 0.932, blind9
# 0.930, blind10 0.883, blind11 0.910, blind12 0.940, blind13 0.905, blind14 0.885, blind15 0.906, blind16 0.905,
# blind17 0.917, blind18 0.896, blind19 0.912, blind20 0.857, blind21 0.920, blind22 0.866, blind23 0.868, blind24
# 0.878, blind25 0.875, blind26 0.865, blind27 0.895.
# After rules read off the pooled misses of heldout and blind..blind29 (blind30/31 unseen until scored): signings
# whose parties another mention names, provinces acting through their committees, general departments named by
# number, steering boards named by their task, the Red Cross's central committee, units after a dash or a code,
# issuers in the passive after a document, several lower-case documents kept unnamed, year-end reviews into April,
# candidates' year, N-year reviews dated from the document's year, clauses before a day, a bare "Đảng ủy" as the
# company's, boards' titles, TGĐ, "còn/cũng/đang là", plural pronouns, bare province lists after a head, bare
# district bodies, seated lists, police units as written and lower-case teams, PVN and its former name, the Front's
# standing organ, exam boards "của tỉnh X", suspended deputies, listed laws launched together, law names read
# whole: heldout 0.971, blind 0.925, blind2 0.925, blind3 0.926, blind4 0.934, blind5 0.904, blind6 0.940, blind7
# 0.928, blind8 0.941, blind9 0.930, blind10 0.883, blind11 0.911, blind12 0.940, blind13 0.905, blind14 0.889,
# blind15 0.913, blind16 0.905, blind17 0.918, blind18 0.898, blind19 0.912, blind20 0.868, blind21 0.923, blind22
# 0.870, blind23 0.875, blind24 0.878, blind25 0.879, blind26 0.884, blind27 0.902, blind28 0.822, blind29 0.823.
# After rules read off the pooled misses of heldout and blind..blind31 (blind32/33 unseen until scored): banks by
# their legal form, lists of full local bodies, a leading zero in a later number, meetings that heard a document's
# results, photo credits, trade words and ampersands in company names, street codes, "đồng chí" before an unlisted
# surname, bracketed former posts with their period, ceremonies of awards and dialogues, reviews of an ended period,
# a period turning, "ban hành và triển khai", boards named before, numbered district committees, foreign party
# organs, brands in any case, "Tập đoàn" with lower-case words, local 389 boards, elected lists, Latin names of
# foreign officials, "anh/chị", "xin thôi đại biểu", issuer codes: heldout 0.971, blind 0.923, blind2 0.926, blind3
# 0.926, blind4 0.936, blind5 0.904, blind6 0.940, blind7 0.929, blind8 0.941, blind9 0.930, blind10 0.883, blind11
# 0.916, blind12 0.942, blind13 0.908, blind14 0.891, blind15 0.913, blind16 0.906, blind17 0.918, blind18 0.900,
# blind19 0.913, blind20 0.868, blind21 0.925, blind22 0.876, blind23 0.875, blind24 0.888, blind25 0.883, blind26
# 0.889, blind27 0.910, blind28 0.835, blind29 0.840, blind30 0.877, blind31 0.909.
MIN_OVERALL_F1 = {"heldout": 0.967, "blind": 0.921, "blind2": 0.923, "blind3": 0.922, "blind4": 0.933,
                  "blind5": 0.900, "blind6": 0.937, "blind7": 0.925, "blind8": 0.938, "blind9": 0.926,
                  "blind10": 0.881, "blind11": 0.913, "blind12": 0.939, "blind13": 0.905, "blind14": 0.887,
                  "blind15": 0.910, "blind16": 0.902, "blind17": 0.914, "blind18": 0.897, "blind19": 0.909,
                  "blind20": 0.864, "blind21": 0.922, "blind22": 0.873, "blind23": 0.872, "blind24": 0.884,
                  "blind25": 0.880, "blind26": 0.886, "blind27": 0.907, "blind28": 0.831, "blind29": 0.837,
                  "blind30": 0.873, "blind31": 0.905, "blind32": 0.839, "blind33": 0.825}


def read_article(path: Path) -> RawArticle:
    """The article as `coordgraph extract` reads it."""
    [item] = list(read_path(path))
    assert isinstance(item, RawArticle), f"{path}: {item}"
    return item


def gold_files(name: str = "heldout") -> list[Path]:
    return sorted(SETS[name].glob("*.json"))


@pytest.mark.parametrize("name", SETS)
def test_heldout_gold_graphs_are_well_formed(name: str) -> None:
    from coordgraph.graph.model import read_doc_file

    files = gold_files(name)
    assert len(files) >= 8
    for f in files:
        doc = read_doc_file(f)
        assert doc.article.id == f.stem
        raw = f.read_text(encoding="utf-8")
        assert raw == unicodedata.normalize("NFC", raw), f"{f.name} is not NFC"
        data = json.loads(raw)
        ids = {e["id"] for e in data["entities"]}
        for r in data["relations"]:
            assert r["source"] in ids and r["target"] in ids, f"{f.name}: dangling {r}"


def score(scorer: Path, pred_dir: Path, gold: Path = HELDOUT) -> dict[str, dict[str, float]]:
    r = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred_dir), "--json"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next(x for x in r.stdout.splitlines() if x.startswith("{"))
    return json.loads(line)


@pytest.mark.parametrize("name", SETS)
def test_extractor_reaches_the_heldout_floor(name: str, shared_dir: Path, tmp_path: Path) -> None:
    unlabeled, scorer = shared_dir / "corpus" / "unlabeled", shared_dir / "tools" / "score.py"
    if not scorer.is_file():
        pytest.skip("the shared scorer (../shared/tools/score.py) is absent")
    missing = [f.stem for f in gold_files(name) if not (unlabeled / f"{f.stem}.txt").is_file()]
    if missing:
        pytest.skip(f"held-out articles absent from ../shared/corpus/unlabeled: {', '.join(missing)}")
    extractor = Extractor()
    for f in gold_files(name):
        doc = extractor.extract(read_article(unlabeled / f"{f.stem}.txt"))
        assert doc.article.id == f.stem
        (tmp_path / f.name).write_text(json.dumps(doc.to_json(), ensure_ascii=False), encoding="utf-8")
    figures = score(scorer, tmp_path, SETS[name])
    overall = figures["overall"]["f1"]
    assert overall >= MIN_OVERALL_F1[name], (
        f"{name} overall F1 {overall:.4f} fell below {MIN_OVERALL_F1[name]}: {figures}"
    )
