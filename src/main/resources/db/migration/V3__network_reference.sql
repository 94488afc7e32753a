-- Treatment-centre network, part two: reference data (Iran's 31 provinces and their main cities) and the
-- centres' services, physicians and the referral unit's contact lines per insurer. Plain types: H2 and MariaDB.

create table center_service (
    id bigint not null primary key,
    center_id bigint not null,
    title varchar(200) not null,
    constraint fk_service_center foreign key (center_id) references treatment_center (id)
);
create index ix_service_center on center_service (center_id, id);

create table physician (
    id bigint not null primary key,
    center_id bigint not null,
    name varchar(200) not null,
    specialty varchar(200),
    council_code varchar(20),
    constraint fk_physician_center foreign key (center_id) references treatment_center (id)
);
create index ix_physician_center on physician (center_id, id);

create table referral_contact (
    id bigint not null primary key,
    insurer_id bigint not null,
    office_hours varchar(100),
    office_phones varchar(300),
    after_hours_phones varchar(300),
    version bigint not null default 0,
    constraint uq_referral_contact_insurer unique (insurer_id),
    constraint fk_referral_contact_insurer foreign key (insurer_id) references insurer (id)
);

insert into id_sequence (seq_name, next_val) values ('center_service', 1000), ('physician', 1000), ('referral_contact', 1000);

-- provinces: ids 1..31 (the sequence starts at 1000)
insert into province (id, code, name, name_en) values
    (1, '01', 'آذربایجان شرقی', 'East Azerbaijan'),
    (2, '02', 'آذربایجان غربی', 'West Azerbaijan'),
    (3, '03', 'اردبیل', 'Ardabil'),
    (4, '04', 'اصفهان', 'Isfahan'),
    (5, '05', 'البرز', 'Alborz'),
    (6, '06', 'ایلام', 'Ilam'),
    (7, '07', 'بوشهر', 'Bushehr'),
    (8, '08', 'تهران', 'Tehran'),
    (9, '09', 'چهارمحال و بختیاری', 'Chaharmahal and Bakhtiari'),
    (10, '10', 'خراسان جنوبی', 'South Khorasan'),
    (11, '11', 'خراسان رضوی', 'Razavi Khorasan'),
    (12, '12', 'خراسان شمالی', 'North Khorasan'),
    (13, '13', 'خوزستان', 'Khuzestan'),
    (14, '14', 'زنجان', 'Zanjan'),
    (15, '15', 'سمنان', 'Semnan'),
    (16, '16', 'سیستان و بلوچستان', 'Sistan and Baluchestan'),
    (17, '17', 'فارس', 'Fars'),
    (18, '18', 'قزوین', 'Qazvin'),
    (19, '19', 'قم', 'Qom'),
    (20, '20', 'کردستان', 'Kurdistan'),
    (21, '21', 'کرمان', 'Kerman'),
    (22, '22', 'کرمانشاه', 'Kermanshah'),
    (23, '23', 'کهگیلویه و بویراحمد', 'Kohgiluyeh and Boyer-Ahmad'),
    (24, '24', 'گلستان', 'Golestan'),
    (25, '25', 'گیلان', 'Gilan'),
    (26, '26', 'لرستان', 'Lorestan'),
    (27, '27', 'مازندران', 'Mazandaran'),
    (28, '28', 'مرکزی', 'Markazi'),
    (29, '29', 'هرمزگان', 'Hormozgan'),
    (30, '30', 'همدان', 'Hamadan'),
    (31, '31', 'یزد', 'Yazd');

-- cities: ids 1..999, the first city of each province is its capital
-- East Azerbaijan
insert into city (id, province_id, name) values (1, 1, 'تبریز'), (2, 1, 'مراغه'), (3, 1, 'مرند'), (4, 1, 'میانه'), (5, 1, 'اهر'), (6, 1, 'بناب'), (7, 1, 'سراب'), (8, 1, 'شبستر'), (9, 1, 'هشترود'), (10, 1, 'عجب‌شیر'), (11, 1, 'آذرشهر'), (12, 1, 'جلفا');
-- West Azerbaijan
insert into city (id, province_id, name) values (13, 2, 'ارومیه'), (14, 2, 'خوی'), (15, 2, 'مهاباد'), (16, 2, 'بوکان'), (17, 2, 'میاندوآب'), (18, 2, 'سلماس'), (19, 2, 'نقده'), (20, 2, 'پیرانشهر'), (21, 2, 'سردشت'), (22, 2, 'ماکو'), (23, 2, 'شاهین‌دژ'), (24, 2, 'تکاب');
-- Ardabil
insert into city (id, province_id, name) values (25, 3, 'اردبیل'), (26, 3, 'پارس‌آباد'), (27, 3, 'مشگین‌شهر'), (28, 3, 'خلخال'), (29, 3, 'گرمی'), (30, 3, 'بیله‌سوار'), (31, 3, 'نمین'), (32, 3, 'نیر');
-- Isfahan
insert into city (id, province_id, name) values (33, 4, 'اصفهان'), (34, 4, 'کاشان'), (35, 4, 'خمینی‌شهر'), (36, 4, 'نجف‌آباد'), (37, 4, 'شاهین‌شهر'), (38, 4, 'شهرضا'), (39, 4, 'فولادشهر'), (40, 4, 'مبارکه'), (41, 4, 'آران و بیدگل'), (42, 4, 'گلپایگان'), (43, 4, 'زرین‌شهر'), (44, 4, 'لنجان'), (45, 4, 'نطنز'), (46, 4, 'خوانسار'), (47, 4, 'فلاورجان'), (48, 4, 'اردستان'), (49, 4, 'نائین');
-- Alborz
insert into city (id, province_id, name) values (50, 5, 'کرج'), (51, 5, 'فردیس'), (52, 5, 'کمال‌شهر'), (53, 5, 'نظرآباد'), (54, 5, 'محمدشهر'), (55, 5, 'هشتگرد'), (56, 5, 'ماهدشت'), (57, 5, 'اشتهارد'), (58, 5, 'طالقان');
-- Ilam
insert into city (id, province_id, name) values (59, 6, 'ایلام'), (60, 6, 'دهلران'), (61, 6, 'ایوان'), (62, 6, 'آبدانان'), (63, 6, 'دره‌شهر'), (64, 6, 'مهران'), (65, 6, 'سرابله');
-- Bushehr
insert into city (id, province_id, name) values (66, 7, 'بوشهر'), (67, 7, 'برازجان'), (68, 7, 'بندر گناوه'), (69, 7, 'بندر دیلم'), (70, 7, 'خورموج'), (71, 7, 'کنگان'), (72, 7, 'جم'), (73, 7, 'عسلویه'), (74, 7, 'اهرم');
-- Tehran
insert into city (id, province_id, name) values (75, 8, 'تهران'), (76, 8, 'اسلامشهر'), (77, 8, 'شهریار'), (78, 8, 'قدس'), (79, 8, 'ملارد'), (80, 8, 'پاکدشت'), (81, 8, 'ورامین'), (82, 8, 'قرچک'), (83, 8, 'رباط‌کریم'), (84, 8, 'بهارستان'), (85, 8, 'پردیس'), (86, 8, 'دماوند'), (87, 8, 'فیروزکوه'), (88, 8, 'شمیرانات'), (89, 8, 'ری'), (90, 8, 'پیشوا');
-- Chaharmahal and Bakhtiari
insert into city (id, province_id, name) values (91, 9, 'شهرکرد'), (92, 9, 'بروجن'), (93, 9, 'فارسان'), (94, 9, 'لردگان'), (95, 9, 'فرخ‌شهر'), (96, 9, 'هفشجان'), (97, 9, 'سامان');
-- South Khorasan
insert into city (id, province_id, name) values (98, 10, 'بیرجند'), (99, 10, 'قائن'), (100, 10, 'طبس'), (101, 10, 'فردوس'), (102, 10, 'نهبندان'), (103, 10, 'سربیشه'), (104, 10, 'بشرویه');
-- Razavi Khorasan
insert into city (id, province_id, name) values (105, 11, 'مشهد'), (106, 11, 'نیشابور'), (107, 11, 'سبزوار'), (108, 11, 'تربت حیدریه'), (109, 11, 'قوچان'), (110, 11, 'کاشمر'), (111, 11, 'تربت جام'), (112, 11, 'گناباد'), (113, 11, 'چناران'), (114, 11, 'سرخس'), (115, 11, 'تایباد'), (116, 11, 'فریمان');
-- North Khorasan
insert into city (id, province_id, name) values (117, 12, 'بجنورد'), (118, 12, 'شیروان'), (119, 12, 'اسفراین'), (120, 12, 'آشخانه'), (121, 12, 'فاروج'), (122, 12, 'جاجرم');
-- Khuzestan
insert into city (id, province_id, name) values (123, 13, 'اهواز'), (124, 13, 'دزفول'), (125, 13, 'آبادان'), (126, 13, 'بندر ماهشهر'), (127, 13, 'خرمشهر'), (128, 13, 'اندیمشک'), (129, 13, 'ایذه'), (130, 13, 'بهبهان'), (131, 13, 'شوشتر'), (132, 13, 'مسجدسلیمان'), (133, 13, 'شوش'), (134, 13, 'رامهرمز'), (135, 13, 'بندر امام خمینی'), (136, 13, 'شادگان'), (137, 13, 'باغملک');
-- Zanjan
insert into city (id, province_id, name) values (138, 14, 'زنجان'), (139, 14, 'ابهر'), (140, 14, 'خرمدره'), (141, 14, 'قیدار'), (142, 14, 'هیدج'), (143, 14, 'ماهنشان'), (144, 14, 'طارم');
-- Semnan
insert into city (id, province_id, name) values (145, 15, 'سمنان'), (146, 15, 'شاهرود'), (147, 15, 'دامغان'), (148, 15, 'گرمسار'), (149, 15, 'مهدی‌شهر'), (150, 15, 'ایوانکی');
-- Sistan and Baluchestan
insert into city (id, province_id, name) values (151, 16, 'زاهدان'), (152, 16, 'زابل'), (153, 16, 'ایرانشهر'), (154, 16, 'چابهار'), (155, 16, 'سراوان'), (156, 16, 'خاش'), (157, 16, 'کنارک'), (158, 16, 'نیک‌شهر'), (159, 16, 'سرباز');
-- Fars
insert into city (id, province_id, name) values (160, 17, 'شیراز'), (161, 17, 'مرودشت'), (162, 17, 'جهرم'), (163, 17, 'فسا'), (164, 17, 'کازرون'), (165, 17, 'صدرا'), (166, 17, 'داراب'), (167, 17, 'فیروزآباد'), (168, 17, 'لار'), (169, 17, 'آباده'), (170, 17, 'نورآباد'), (171, 17, 'اقلید'), (172, 17, 'لامرد'), (173, 17, 'استهبان'), (174, 17, 'نی‌ریز'), (175, 17, 'سپیدان');
-- Qazvin
insert into city (id, province_id, name) values (176, 18, 'قزوین'), (177, 18, 'الوند'), (178, 18, 'تاکستان'), (179, 18, 'بوئین‌زهرا'), (180, 18, 'آبیک'), (181, 18, 'اقبالیه'), (182, 18, 'محمدیه');
-- Qom
insert into city (id, province_id, name) values (183, 19, 'قم'), (184, 19, 'جعفریه'), (185, 19, 'کهک'), (186, 19, 'دستجرد'), (187, 19, 'سلفچگان');
-- Kurdistan
insert into city (id, province_id, name) values (188, 20, 'سنندج'), (189, 20, 'سقز'), (190, 20, 'مریوان'), (191, 20, 'بانه'), (192, 20, 'قروه'), (193, 20, 'بیجار'), (194, 20, 'کامیاران'), (195, 20, 'دیواندره'), (196, 20, 'دهگلان');
-- Kerman
insert into city (id, province_id, name) values (197, 21, 'کرمان'), (198, 21, 'سیرجان'), (199, 21, 'رفسنجان'), (200, 21, 'جیرفت'), (201, 21, 'بم'), (202, 21, 'زرند'), (203, 21, 'کهنوج'), (204, 21, 'شهربابک'), (205, 21, 'بافت'), (206, 21, 'راور'), (207, 21, 'انار');
-- Kermanshah
insert into city (id, province_id, name) values (208, 22, 'کرمانشاه'), (209, 22, 'اسلام‌آباد غرب'), (210, 22, 'جوانرود'), (211, 22, 'کنگاور'), (212, 22, 'سنقر'), (213, 22, 'هرسین'), (214, 22, 'صحنه'), (215, 22, 'پاوه'), (216, 22, 'قصر شیرین'), (217, 22, 'سرپل ذهاب'), (218, 22, 'گیلانغرب');
-- Kohgiluyeh and Boyer-Ahmad
insert into city (id, province_id, name) values (219, 23, 'یاسوج'), (220, 23, 'دوگنبدان'), (221, 23, 'دهدشت'), (222, 23, 'لیکک'), (223, 23, 'سی‌سخت'), (224, 23, 'لنده');
-- Golestan
insert into city (id, province_id, name) values (225, 24, 'گرگان'), (226, 24, 'گنبد کاووس'), (227, 24, 'علی‌آباد کتول'), (228, 24, 'بندر ترکمن'), (229, 24, 'آزادشهر'), (230, 24, 'کردکوی'), (231, 24, 'آق‌قلا'), (232, 24, 'مینودشت'), (233, 24, 'کلاله'), (234, 24, 'بندر گز');
-- Gilan
insert into city (id, province_id, name) values (235, 25, 'رشت'), (236, 25, 'بندر انزلی'), (237, 25, 'لاهیجان'), (238, 25, 'لنگرود'), (239, 25, 'تالش'), (240, 25, 'آستارا'), (241, 25, 'صومعه‌سرا'), (242, 25, 'آستانه اشرفیه'), (243, 25, 'رودسر'), (244, 25, 'فومن'), (245, 25, 'رودبار'), (246, 25, 'منجیل');
-- Lorestan
insert into city (id, province_id, name) values (247, 26, 'خرم‌آباد'), (248, 26, 'بروجرد'), (249, 26, 'دورود'), (250, 26, 'کوهدشت'), (251, 26, 'الیگودرز'), (252, 26, 'نورآباد'), (253, 26, 'ازنا'), (254, 26, 'الشتر'), (255, 26, 'پلدختر');
-- Mazandaran
insert into city (id, province_id, name) values (256, 27, 'ساری'), (257, 27, 'بابل'), (258, 27, 'آمل'), (259, 27, 'قائم‌شهر'), (260, 27, 'بهشهر'), (261, 27, 'چالوس'), (262, 27, 'نکا'), (263, 27, 'بابلسر'), (264, 27, 'تنکابن'), (265, 27, 'نوشهر'), (266, 27, 'فریدونکنار'), (267, 27, 'رامسر'), (268, 27, 'محمودآباد'), (269, 27, 'جویبار'), (270, 27, 'نور');
-- Markazi
insert into city (id, province_id, name) values (271, 28, 'اراک'), (272, 28, 'ساوه'), (273, 28, 'خمین'), (274, 28, 'محلات'), (275, 28, 'دلیجان'), (276, 28, 'تفرش'), (277, 28, 'شازند'), (278, 28, 'آشتیان'), (279, 28, 'کمیجان');
-- Hormozgan
insert into city (id, province_id, name) values (280, 29, 'بندرعباس'), (281, 29, 'میناب'), (282, 29, 'بندر لنگه'), (283, 29, 'قشم'), (284, 29, 'کیش'), (285, 29, 'رودان'), (286, 29, 'حاجی‌آباد'), (287, 29, 'بستک'), (288, 29, 'جاسک'), (289, 29, 'بندر خمیر');
-- Hamadan
insert into city (id, province_id, name) values (290, 30, 'همدان'), (291, 30, 'ملایر'), (292, 30, 'نهاوند'), (293, 30, 'تویسرکان'), (294, 30, 'اسدآباد'), (295, 30, 'کبودرآهنگ'), (296, 30, 'رزن'), (297, 30, 'بهار'), (298, 30, 'لالجین');
-- Yazd
insert into city (id, province_id, name) values (299, 31, 'یزد'), (300, 31, 'میبد'), (301, 31, 'اردکان'), (302, 31, 'بافق'), (303, 31, 'مهریز'), (304, 31, 'ابرکوه'), (305, 31, 'تفت'), (306, 31, 'اشکذر'), (307, 31, 'هرات');
