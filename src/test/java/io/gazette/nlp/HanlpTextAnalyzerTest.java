package io.gazette.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Real HanLP and the real CoreNLP name model with the bundled lexicon; short sentences written for each rule. */
class HanlpTextAnalyzerTest {

    private static final HanlpTextAnalyzer ANALYZER = HanlpTextAnalyzer.withBundledLexicon();

    @Test
    void personAnchoredByTitlesGetsTitlesWithOrganisations() {
        TextAnalysis a = ANALYZER.analyse("区委副书记、区长李建华主持会议。");
        assertThat(names(a, "PERSON")).containsExactly("李建华");
        assertThat(a.titles()).containsExactly(new PersonTitle("李建华", "区委", "副书记"), new PersonTitle("李建华", "区委", "区长"));
    }

    @Test
    void namesListedAfterOneTitleShareIt() {
        TextAnalysis a = ANALYZER.analyse("新区领导王建军、李红梅、赵刚参加活动。");
        assertThat(names(a, "PERSON")).contains("王建军", "李红梅", "赵刚");
    }

    @Test
    void aDoctrineNamedAfterAPersonNamesThePerson() {
        TextAnalysis a = ANALYZER.analyse("课程讲授马克思主义哲学，也讲列宁的著作和毛泽东思想的形成。");
        assertThat(names(a, "PERSON")).contains("马克思", "毛泽东");
    }

    @Test
    void aListOfNamesPrintedWithoutSeparatorsIsReadNameByName() {
        TextAnalysis a = ANALYZER.analyse("评审委员会成员：王晓东刘建平陈立新张海燕赵德明。");
        assertThat(names(a, "PERSON")).contains("王晓东", "刘建平", "陈立新", "张海燕", "赵德明");
    }

    @Test
    void aPersonAddressedBySurnameIsNamedByTheSurname() {
        TextAnalysis a = ANALYZER.analyse("采访那天，陈先生早早来到村口。他说，王老师和胡老都来看过这片林子。");
        assertThat(names(a, "PERSON")).contains("陈", "王", "胡");
        assertThat(names(ANALYZER.analyse("他常向老师请教某一方面的问题，古老的院子里很安静。"), "PERSON")).isEmpty();
    }

    @Test
    void aSurnameAloneIsTheOnePersonOfTheTextWithThatSurname() {
        TextAnalysis a = ANALYZER.analyse("工程师周建华介绍了新工艺。周先生说，还要继续改进。");
        assertThat(names(a, "PERSON")).containsExactly("周建华");
        assertThat(a.entities()).anyMatch(e -> e.text().equals("周") && e.canonical().equals("周建华"));
    }

    @Test
    void placesWrittenByTheirShortFormsInListsAndAfterVerbsOfTravel() {
        TextAnalysis a = ANALYZER.analyse("参观团昨天抵京，港澳台青年踊跃报名，明年还将赴美交流。");
        assertThat(names(a, "PLACE")).contains("京", "港", "澳", "台", "美");
        assertThat(names(ANALYZER.analyse("诚信是一种美德，非法经营必须查处。"), "PLACE")).isEmpty();
    }

    @Test
    void anOrganisationOfCommonWordsWithoutABodysEndingIsNone() {
        List<Token> tokens = List.of(new Token("繁荣", "v", 0), new Token("文化", "n", 2), new Token("体育", "vn", 4));
        assertThat(ANALYZER.isOrganisationOfCommonWords(new NameMention("文化体育", EntityType.ORG, 2, 6), tokens)).isTrue();
        List<Token> paper = List.of(new Token("农业", "n", 0), new Token("周刊", "n", 2));
        assertThat(ANALYZER.isOrganisationOfCommonWords(new NameMention("农业周刊", EntityType.ORG, 0, 4), paper)).isFalse();
        List<Token> named = List.of(new Token("滨江", "ns", 0), new Token("物流", "n", 2));
        assertThat(ANALYZER.isOrganisationOfCommonWords(new NameMention("滨江物流", EntityType.ORG, 0, 4), named)).isFalse();
    }

    @Test
    void aPlaceBuiltOverFunctionWordsOrAPersonIsNone() {
        List<Token> sentence = List.of(new Token("都", "d", 0), new Token("要", "v", 1), new Token("往", "p", 2), new Token("镇", "n", 3));
        assertThat(HanlpTextAnalyzer.runsOverASentence(new EntityMention("要往镇", EntityType.PLACE, "要往镇", 1, 4), sentence, List.of()))
            .isTrue();
        List<Token> listed = List.of(new Token("张立", "nr", 0), new Token("和", "cc", 2), new Token("南京市", "ns", 3));
        assertThat(HanlpTextAnalyzer.runsOverASentence(new EntityMention("张立和南京市", EntityType.PLACE, "张立和南京市", 0, 6), listed,
            List.of(new NameMention("张立", EntityType.PERSON, 0, 2)))).isTrue();
        List<Token> estate = List.of(new Token("滨河", "n", 0), new Token("安置", "v", 2), new Token("小区", "n", 4));
        assertThat(HanlpTextAnalyzer.runsOverASentence(new EntityMention("滨河安置小区", EntityType.PLACE, "滨河安置小区", 0, 6), estate,
            List.of())).isFalse();
    }

    @Test
    void aBodyPrintedWithItsPostInOneWordEndsTheOrganisation() {
        TextAnalysis a = ANALYZER.analyse("会上，滨江经济技术开发区党委书记张立新讲话。");
        assertThat(names(a, "ORG")).contains("滨江经济技术开发区党委");
        assertThat(a.titles()).anyMatch(t -> t.title().equals("书记") && "滨江经济技术开发区党委".equals(t.organisation()));
    }

    @Test
    void placesSideBySideReadAsOneAreEachNamed() {
        List<Token> tokens = List.of(new Token("到达", "v", 0), new Token("南京", "ns", 2), new Token("鼓楼区", "ns", 4));
        assertThat(HanlpTextAnalyzer.placesSideBySide(List.of(new EntityMention("南京鼓楼区", EntityType.PLACE, "南京鼓楼区", 2, 7)), tokens))
            .extracting(EntityMention::text).containsExactly("南京", "鼓楼区");
        List<Token> one = List.of(new Token("清江", "ns", 0), new Token("浦", "b", 2), new Token("区", "n", 3));
        assertThat(HanlpTextAnalyzer.placesSideBySide(List.of(new EntityMention("清江浦区", EntityType.PLACE, "清江浦区", 0, 4)), one))
            .extracting(EntityMention::text).containsExactly("清江浦区");
    }

    @Test
    void stationsSquaresAndOtherVenuesArePlaces() {
        TextAnalysis a = ANALYZER.analyse("旅客们从首都国际机场出发，晚上在天安门广场散步。");
        assertThat(names(a, "PLACE")).contains("首都国际机场", "天安门广场");
    }

    @Test
    void partnersPrintedWithASlashAreTwoPeople() {
        TextAnalysis a = ANALYZER.analyse("女子双打决赛中，刘晓燕／陈佳慧以二比零获胜。");
        assertThat(names(a, "PERSON")).contains("刘晓燕", "陈佳慧");
    }

    @Test
    void aNameWhoseLastCharacterTheSegmenterGluedToTheNextWordKeepsIt() {
        TextAnalysis a = ANALYZER.analyse("教练张宏南头疼不已。");
        assertThat(names(a, "PERSON")).containsExactly("张宏南");
    }

    @Test
    void anOrganisationNeverStartsOrEndsInsideAWord() {
        List<Token> words = List.of(new Token("城市", "n", 0), new Token("委员会", "nis", 2), new Token("召开", "v", 5));
        assertThat(HanlpTextAnalyzer.startsOrEndsInsideAWord(new NameMention("市委员会", EntityType.ORG, 1, 5), words)).isTrue();
        assertThat(HanlpTextAnalyzer.startsOrEndsInsideAWord(new NameMention("城市委员会", EntityType.ORG, 0, 5), words)).isFalse();
    }

    @Test
    void anOfficeNamedByItsFieldAndBanIsAnOrganisation() {
        TextAnalysis a = ANALYZER.analyse("县委编办和县人武办联合举办培训班。");
        assertThat(names(a, "ORG")).anyMatch(n -> n.endsWith("人武办")).noneMatch(n -> n.endsWith("举办"));
    }

    @Test
    void developmentZoneIsNeverAPerson() {
        TextAnalysis a = ANALYZER.analyse("经开区召开会议,经开区各部门参加。创文工作持续向好,精准施策。");
        assertThat(names(a, "PERSON")).isEmpty();
        assertThat(names(a, "ORG")).contains("经开区");
    }

    @Test
    void organisationBuiltUpToItsSuffix() {
        TextAnalysis a = ANALYZER.analyse("苏州工业园区管委会与南京大学签署协议。");
        assertThat(names(a, "ORG")).contains("南京大学");
    }

    @Test
    void placeEndsAtItsSuffix() {
        TextAnalysis a = ANALYZER.analyse("在红窑镇龙兴村党群服务中心,群众围坐一起。");
        assertThat(names(a, "PLACE")).contains("龙兴村");
    }

    @Test
    void aPlaceTheDictionaryKnowsWholeTakesNoWordsBeforeIt() {
        TextAnalysis a = ANALYZER.analyse("近两年杭州市新建学校四十所；养蜂人甘肃省有二百户；奖状授予李明和上海市的代表。");
        assertThat(names(a, "PLACE")).contains("杭州市", "甘肃省").noneMatch(n -> n.length() > 3);
    }

    @Test
    void administrativeWordsUsedAsCommonNounsNameNoPlace() {
        TextAnalysis a = ANALYZER.analyse("工作组逐乡逐村走访，撤乡扩镇以后，村联镇的网络建成了，家住王庄村的老人很高兴。");
        assertThat(names(a, "PLACE")).contains("王庄村").noneMatch(n -> n.contains("乡") || n.endsWith("联镇"));
    }

    @Test
    void termsLeaveOutStopWordsAndPunctuation() {
        TextAnalysis a = ANALYZER.analyse("发展新质生产力,推动新质生产力加快发展。");
        assertThat(a.terms()).anySatisfy(t -> {
            assertThat(t.word()).isEqualTo("新质生产力");
            assertThat(t.count()).isEqualTo(2);
        });
        assertThat(a.terms()).noneMatch(t -> t.word().equals(",") || t.word().equals("。"));
    }

    @Test
    void placesSideBySideAreSeveralPlaces() {
        TextAnalysis a = ANALYZER.analyse("河北省石家庄市与山东省济南市签署合作协议。");
        assertThat(names(a, "PLACE")).contains("河北省", "石家庄市", "山东省", "济南市").doesNotContain("河北省石家庄市");
        // A country's full name is several words to the model; the gazetteer knows it whole.
        TextAnalysis country = ANALYZER.analyse("他是中华人民共和国澳门居民。");
        assertThat(names(country, "PLACE")).contains("中华人民共和国", "澳门").doesNotContain("中华人民共和国澳门");
    }

    @Test
    void countryShortFormsInPairsAreEachAPlace() {
        TextAnalysis a = ANALYZER.analyse("中美两国经贸团队在日内瓦举行会谈,中英双方也交换了意见。");
        assertThat(names(a, "PLACE")).contains("中", "美", "日内瓦").doesNotContain("中美");
        TextAnalysis pairs = ANALYZER.analyse("中俄两国签署协议，巴以冲突仍在继续；要发扬传统美德，依法打击非法经营，对此加以重视。");
        assertThat(names(pairs, "PLACE")).contains("中", "俄", "巴", "以").doesNotContain("美", "德", "非", "法", "加");
        TextAnalysis provinces = ANALYZER.analyse("我们在宁夏和辽宁调研。");
        assertThat(names(provinces, "PLACE")).contains("宁夏", "辽宁").doesNotContain("辽", "宁");
    }

    @Test
    void anOrganisationThatIsExactlyAPlaceOfTheGazetteerIsThePlace() {
        TextAnalysis a = ANALYZER.analyse("她独自来到雅典学习音乐。");
        assertThat(names(a, "PLACE")).contains("雅典");
        assertThat(names(a, "ORG")).isEmpty();
    }

    @Test
    void governmentNamedByItsCountryIsNoOrganisation() {
        TextAnalysis a = ANALYZER.analyse("美国政府宣布对进口钢铁加征关税,巴西政府表示反对。");
        assertThat(names(a, "ORG")).noneMatch(n -> n.endsWith("政府"));
        assertThat(names(a, "PLACE")).contains("美国", "巴西");
    }

    @Test
    void officialsListedWithoutSeparatorsAreEachAPerson() {
        TextAnalysis a = ANALYZER.analyse("主席台上就座的有张建国王志强刘海涛等同志。");
        assertThat(names(a, "PERSON")).contains("张建国", "王志强", "刘海涛");
    }

    @Test
    void partyCongressByItsNumberIsAnOrganisation() {
        TextAnalysis a = ANALYZER.analyse("认真学习党的二十大精神,回顾中共十五大以来的历程。评出年度十大新闻。");
        assertThat(names(a, "ORG")).contains("二十大", "中共十五大").doesNotContain("十大");
    }

    @Test
    void styleWordNamesTheCountry() {
        TextAnalysis a = ANALYZER.analyse("以中国式现代化全面推进强国建设。");
        assertThat(names(a, "PLACE")).contains("中国").doesNotContain("中国式");
    }

    @Test
    void modelFindsPeopleOrganisationsAndPlacesOfNationalNews() {
        TextAnalysis a = ANALYZER.analyse("新华社北京3月5日电 国务院总理在人民大会堂会见了来访的世界银行行长,双方就减贫合作交换意见。");
        assertThat(names(a, "ORG")).contains("国务院", "世界银行").noneMatch(n -> n.endsWith("行长"));
        assertThat(names(a, "PLACE")).contains("北京");
    }

    @Test
    void peopleWithoutATitleAreFoundByTheModel() {
        TextAnalysis a = ANALYZER.analyse("退休教师周秀英和老伴每天清晨到公园锻炼,邻居孙建平常常陪他们聊天。");
        assertThat(names(a, "PERSON")).contains("周秀英", "孙建平");
    }

    @Test
    void shortFormsResolveToTheFullNameOfTheEdition() {
        Map<String, String> canonical = new AliasResolver().canonicalForms(
            Set.of("淮安经济技术开发区", "经开区", "淮安经开区", "经开区党工委", "淮安经济技术开发区党工委", "大艺", "大艺科技", "招商局", "经开区招商局"),
            EntityType.ORG);
        assertThat(canonical).containsEntry("经开区", "淮安经济技术开发区").containsEntry("淮安经开区", "淮安经济技术开发区")
            .containsEntry("经开区党工委", "淮安经济技术开发区党工委").containsEntry("大艺", "大艺科技")
            .containsEntry("招商局", "经开区招商局");
    }

    @Test
    void localBodiesAreQualifiedByTheirPaperAndProperNamesAreNot() {
        assertThat(ANALYZER.isLocalName("市委")).isTrue();
        assertThat(ANALYZER.isLocalName("区政府")).isTrue();
        assertThat(ANALYZER.isLocalName("党工委")).isTrue();
        assertThat(ANALYZER.isLocalName("南京大学")).isFalse();
        assertThat(ANALYZER.isLocalName("扬州市委")).isFalse();
        TextAnalysis a = new TextAnalysis(List.of(new EntityMention("市委", EntityType.ORG, "市委", 0, 2),
            new EntityMention("南京大学", EntityType.ORG, "南京大学", 3, 7)), List.of(new PersonTitle("李建华", "市委", "书记")), List.of());
        TextAnalysis qualified = new AliasResolver().qualifyLocal(a, ANALYZER::isLocalName, "江苏扬州");
        assertThat(qualified.entities()).extracting(EntityMention::canonical).containsExactly("市委（江苏扬州）", "南京大学");
        assertThat(qualified.entities()).extracting(EntityMention::text).containsExactly("市委", "南京大学");
        assertThat(qualified.titles()).extracting(PersonTitle::organisation).containsExactly("市委（江苏扬州）");
    }

    @Test
    void peopleAreNeverAliasesOfEachOther() {
        assertThat(AliasResolver.isAliasOf("李建", "李建华", EntityType.PERSON)).isFalse();
    }

    @Test
    void sharedAnalyzerIsSafeAcrossThreads() throws Exception {
        String text = "市委常委、开发区党工委书记王志明出席会议并讲话。";
        TextAnalysis expected = ANALYZER.analyse(text);
        List<Thread> threads = new java.util.ArrayList<>();
        List<TextAnalysis> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 20; k++) {
                    results.add(ANALYZER.analyse(text));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(80).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    private static List<String> names(TextAnalysis a, String type) {
        return a.entities().stream().filter(e -> e.type().name().equals(type)).map(EntityMention::canonical).distinct().toList();
    }
}
