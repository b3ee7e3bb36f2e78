import type { ComponentKey, SeedDocument, SeedNumericTarget, SeedTaskRow } from "./types";

/**
 * 002_3ff13c750e79273a.txt — Kế hoạch số 447/KH-UBND ngày 18/04/2017 của UBND tỉnh Lai Châu
 * "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) tỉnh Lai Châu giai đoạn 2017-2020".
 *
 * Tasks: section II of the plan (10 areas, one row per "- " bullet), then the appendix
 * "PHỤ BIỂU CÁC NHIỆM VỤ CỤ THỂ" row by row. OCR rows split over two lines are merged.
 * OCR fixes in the appendix ordinal column (see comments at the rows): section I printed "1",
 * section V printed "I" (its "V" slipped onto the row above), section VII printed without
 * numeral (its sub-heading "1" printed "I").
 */

const SOURCE = "002_3ff13c750e79273a.txt";

// Unit codes (see units-lai-chau.ts)
const SNV = "lai-chau.so-noi-vu";
const STP = "lai-chau.so-tu-phap";
const STC = "lai-chau.so-tai-chinh";
const SKHDT = "lai-chau.so-ke-hoach-va-dau-tu";
const STTTT = "lai-chau.so-thong-tin-va-truyen-thong";
const SKHCN = "lai-chau.so-khoa-hoc-va-cong-nghe";
const STNMT = "lai-chau.so-tai-nguyen-va-moi-truong";
const SYT = "lai-chau.so-y-te";
const SGDDT = "lai-chau.so-giao-duc-va-dao-tao";
const VP_UBND = "lai-chau.van-phong-ubnd-tinh";
const VP_HDND = "lai-chau.van-phong-hdnd-tinh";
const BAO = "lai-chau.bao-lai-chau";
const DAI = "lai-chau.dai-phat-thanh-truyen-hinh-tinh";

// Coordinating cells that recur in the appendix
const G_HUYEN = "Các sở, ban, ngành, UBND huyện, thành phố";
const G_CAC_HUYEN = "Các sở, ban, ngành, UBND các huyện, thành phố";

function nt(
  metric: string,
  op: SeedNumericTarget["op"],
  value: number,
  unit: SeedNumericTarget["unit"],
  year: number | null,
  printed: string,
): SeedNumericTarget {
  return { metric, op, value, unit, year, printed };
}

/** Section II bullets share lead/coordinating per area. */
function bullets(
  components: ComponentKey[],
  resp: { lead: string[]; leadPrinted: string; coordinating?: string[]; coordinatingPrinted: string },
  rows: Array<{ title: string; deadline?: string; numericTargets?: SeedNumericTarget[] }>,
): SeedTaskRow[] {
  return rows.map((r) => {
    const row: SeedTaskRow = {
      ordinal: null,
      title: r.title,
      lead: resp.lead,
      leadPrinted: resp.leadPrinted,
      coordinatingPrinted: resp.coordinatingPrinted,
      deadline: r.deadline ?? "Thường xuyên",
      components,
    };
    if (resp.coordinating && resp.coordinating.length > 0) row.coordinating = resp.coordinating;
    if (r.numericTargets) row.numericTargets = r.numericTargets;
    return row;
  });
}

// ---------------------------------------------------------------------------------------------
// II. NỘI DUNG VÀ TRÁCH NHIỆM THỰC HIỆN
// ---------------------------------------------------------------------------------------------

const sectionII: SeedTaskRow = {
  ordinal: "II",
  title: "NỘI DUNG VÀ TRÁCH NHIỆM THỰC HIỆN",
  lead: [],
  children: [
    {
      ordinal: "1",
      title: "Công tác chỉ đạo điều hành",
      lead: [],
      components: ["chi-dao-dieu-hanh"],
      children: bullets(
        ["chi-dao-dieu-hanh"],
        {
          lead: [SNV],
          leadPrinted: "Sở Nội vụ tham mưu cho UBND tỉnh và Ban Chỉ đạo CCHC tỉnh triển khai.",
          coordinating: [DAI, BAO],
          coordinatingPrinted:
            "Các sở, ban, ngành tỉnh; Đài Phát thanh - Truyền hình tỉnh; Báo Lai Châu; UBND cấp huyện, cấp xã; Các cơ quan, đơn vị có liên quan.",
        },
        [
          {
            title:
              "Ban hành kịp thời chương trình, kế hoạch CCHC hàng năm và các kế hoạch chuyên đề thuộc Chương trình CCHC, bao gồm: Kế hoạch tuyên truyền công tác CCHC, Kế hoạch kiểm tra... và thực hiện nghiêm túc chế độ báo cáo theo đúng quy định của Bộ Nội vụ.",
            deadline: "Hàng năm",
          },
          {
            title:
              "Đề ra các giải pháp nâng cao công tác tuyên truyền về CCHC nhằm nâng cao ý thức, trách nhiệm cán bộ, công chức, viên chức trong thực thi công vụ; nhận thức, trách nhiệm của người dân và tổ chức về CCHC.",
          },
          {
            title:
              "Tổ chức các hoạt động khảo sát, điều tra, nhằm đánh giá, đo lường sự hài lòng và thu nhận ý kiến của người dân đối với sự phục vụ của cán bộ, công chức, viên chức và cơ quan hành chính nhà nước các cấp của tỉnh Lai Châu.",
          },
          {
            title:
              "Tăng cường công tác kiểm tra, hướng dẫn, đôn đốc việc triển khai thực hiện công tác cải cách hành chính của các cơ quan nhà nước các cấp. Xử lý kịp thời các vấn đề phát hiện qua kiểm tra.",
          },
          {
            title:
              "Nâng cao chất lượng, tính kịp thời các văn bản chỉ đạo, điều hành CCHC của tỉnh. Phát huy tinh thần năng động, sáng tạo trong công tác chỉ đạo, điều hành CCHC, gắn kết quả thực hiện CCHC với công tác thi đua, khen thưởng hàng năm của tập thể và người đứng đầu cơ quan, đơn vị.",
          },
        ],
      ),
    },
    {
      ordinal: "2",
      title: "Công tác xây dựng và tổ chức thực hiện văn bản QPPL",
      lead: [],
      components: ["the-che"],
      children: bullets(
        ["the-che"],
        {
          lead: [STP],
          leadPrinted: "Sở Tư pháp.",
          coordinatingPrinted: "Các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã; các cơ quan, đơn vị có liên quan.",
        },
        [
          {
            title:
              "Ban hành kịp thời các kế hoạch: Theo dõi thi hành pháp luật; rà soát, hệ thống hóa văn bản QPPL; kế hoạch kiểm tra thực hiện văn bản QPPL tại tỉnh. Kịp thời phát hiện những văn bản có dấu hiệu trái pháp luật hoặc hết hiệu lực, cần sửa đổi, bổ sung để đề nghị cấp có thẩm quyền xử lý kịp thời.",
          },
          {
            // "trên 100%" is printed so (the appendix row II.1 says "100%").
            title:
              "Đảm bảo triển khai được trên 100% các nội dung trong kế hoạch và phải có thống kê, tổng hợp, báo cáo chi tiết, kịp thời, theo quy định của Bộ Tư pháp.",
            numericTargets: [
              nt("Tỷ lệ nội dung trong kế hoạch được triển khai", "gt", 100, "%", null, "trên 100% các nội dung trong kế hoạch"),
            ],
          },
          {
            title:
              "Nâng cao chất lượng các văn bản QPPL do tỉnh ban hành: Mức độ phù hợp, tính khả thi, tính hiệu quả...",
          },
        ],
      ),
    },
    {
      ordinal: "3",
      title: "Công tác cải cách thủ tục hành chính",
      lead: [],
      components: ["thu-tuc-hanh-chinh"],
      children: bullets(
        ["thu-tuc-hanh-chinh"],
        {
          lead: [STP],
          leadPrinted: "Sở Tư pháp.",
          coordinatingPrinted: "Các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã; các cơ quan, đơn vị có liên quan.",
        },
        [
          {
            title:
              "Ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính (TTHC) đúng theo quy định, đảm bảo thực hiện 100% kế hoạch đề ra. Chỉ đạo, tổ chức triển khai thực hiện và báo cáo kết quả thực hiện, trọng tâm đánh giá: Mức độ thực hiện kế hoạch; Xử lý các vấn đề phát hiện qua rà soát. Tất cả các vấn đề phát hiện qua rà soát phải được xử lý hoặc kiến nghị xử lý, sửa đổi, bổ sung, thay thế hoặc bãi bỏ TTHC và các quy định có liên quan theo thẩm quyền.",
            numericTargets: [
              nt("Tỷ lệ thực hiện kế hoạch rà soát, đánh giá TTHC", "eq", 100, "%", null, "đảm bảo thực hiện 100% kế hoạch đề ra"),
            ],
          },
          {
            title:
              "Hướng dẫn các cơ quan, đơn vị thực hiện đánh giá tác động TTHC dự kiến ban hành trong dự thảo văn bản QPPL; rà soát, đánh giá TTHC. Kiểm tra, đánh giá kết quả thực hiện của các cơ quan, đơn vị.",
          },
          {
            title:
              "Đôn đốc các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh kịp thời thống kê, xây dựng dự thảo Quyết định công bố thủ tục hành chính trình Chủ tịch Ủy ban nhân dân tỉnh ký ban hành. Quyết định công bố TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh phải được ban hành chậm nhất trước 05 ngày làm việc tính đến ngày văn bản quy phạm pháp luật có quy định về TTHC có hiệu lực thi hành.",
            deadline:
              "Chậm nhất trước 05 ngày làm việc tính đến ngày văn bản quy phạm pháp luật có quy định về TTHC có hiệu lực thi hành",
            numericTargets: [
              nt(
                "Thời gian ban hành Quyết định công bố TTHC trước ngày văn bản QPPL có hiệu lực",
                "gte",
                5,
                "ngày làm việc",
                null,
                "chậm nhất trước 05 ngày làm việc tính đến ngày văn bản quy phạm pháp luật có quy định về TTHC có hiệu lực thi hành",
              ),
            ],
          },
          {
            title:
              "Thường xuyên cập nhật TTHC và các văn bản quy định về TTHC vào Cơ sở dữ liệu quốc gia về TTHC (trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố).",
            deadline: "Thường xuyên (trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố)",
            numericTargets: [
              nt(
                "Thời hạn cập nhật TTHC vào Cơ sở dữ liệu quốc gia",
                "lte",
                5,
                "ngày làm việc",
                null,
                "trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố",
              ),
            ],
          },
          {
            title:
              "Việc công khai TTHC phải đảm bảo chính xác, rõ ràng đầy đủ các TTHC và bộ phận tạo thành TTHC theo Quyết định công bố trên Cổng thông tin điện tử tỉnh, Trang thông tin điện tử của tất cả các cơ quan chuyên môn thuộc UBND tỉnh, UBND cấp huyện; 100% các cơ quan chuyên môn cấp tỉnh, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã thực hiện công khai TTHC đầy đủ, đúng quy định tại Bộ phận tiếp nhận và trả kết quả giải quyết TTHC.",
            numericTargets: [
              nt(
                "Tỷ lệ cơ quan, UBND cấp huyện, cấp xã công khai TTHC đầy đủ, đúng quy định",
                "eq",
                100,
                "%",
                null,
                "100% các cơ quan chuyên môn cấp tỉnh, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã thực hiện công khai TTHC đầy đủ, đúng quy định",
              ),
            ],
          },
          {
            title:
              "Tổ chức thực hiện đầy đủ các hình thức, quy trình tiếp nhận và xử lý phản ánh kiến nghị của cá nhân, tổ chức về TTHC theo quy định tại Nghị định số 20/2008/NĐ-CP và Nghị định số 63/2010/NĐ-CP của Chính phủ. Đảm bảo 100% các phản ánh kiến nghị của cá nhân, tổ chức về TTHC và việc thực hiện TTHC được xử lý hoặc kiến nghị xử lý theo thẩm quyền.",
            numericTargets: [
              nt(
                "Tỷ lệ phản ánh kiến nghị về TTHC được xử lý hoặc kiến nghị xử lý",
                "eq",
                100,
                "%",
                null,
                "Đảm bảo 100% các phản ánh kiến nghị của cá nhân, tổ chức về TTHC và việc thực hiện TTHC được xử lý hoặc kiến nghị xử lý theo thẩm quyền",
              ),
            ],
          },
        ],
      ),
    },
    {
      ordinal: "4",
      title: "Công tác cải cách tổ chức bộ máy",
      lead: [],
      components: ["to-chuc-bo-may"],
      children: bullets(
        ["to-chuc-bo-may"],
        {
          lead: [SNV],
          leadPrinted: "Sở Nội vụ.",
          coordinatingPrinted: "Các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã.",
        },
        [
          {
            title:
              "Ban hành kế hoạch kiểm tra và tổ chức kiểm tra tình hình tổ chức và hoạt động từ 30% trở lên số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện trong năm. Đảm bảo 100% các vấn đề phát hiện qua kiểm tra phải được xử lý hoặc kiến nghị xử lý theo thẩm quyền.",
            deadline: "Trong năm",
            numericTargets: [
              nt(
                "Tỷ lệ cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện được kiểm tra",
                "gte",
                30,
                "%",
                null,
                "từ 30% trở lên số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện trong năm",
              ),
              nt(
                "Tỷ lệ vấn đề phát hiện qua kiểm tra được xử lý hoặc kiến nghị xử lý",
                "eq",
                100,
                "%",
                null,
                "Đảm bảo 100% các vấn đề phát hiện qua kiểm tra phải được xử lý hoặc kiến nghị xử lý theo thẩm quyền",
              ),
            ],
          },
          {
            title:
              "Rà soát, quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND tỉnh; phòng, ban chuyên môn thuộc UBND cấp huyện theo đúng quy định của Chính phủ và hướng dẫn của các Bộ, ngành.",
          },
          {
            title:
              "Tổ chức thực hiện các quy định về phân cấp do Chính phủ ban hành. Rà soát và thực hiện việc kiểm tra, đánh giá định kỳ đối với các nhiệm vụ đã phân cấp cho cấp huyện, cấp xã. Xử lý hoặc kiến nghị xử lý các vấn đề phát hiện qua kiểm tra.",
          },
        ],
      ),
    },
    {
      ordinal: "5",
      title: "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
      lead: [],
      components: ["cong-vu"],
      children: bullets(
        ["cong-vu"],
        {
          lead: [SNV],
          leadPrinted: "Sở Nội vụ.",
          coordinatingPrinted: "Các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã; các cơ quan, đơn vị có liên quan.",
        },
        [
          {
            title:
              "Ban hành kịp thời kế hoạch đào tạo, bồi dưỡng công chức hàng năm của tỉnh đảm bảo thực hiện 100% kế hoạch giao.",
            deadline: "Hàng năm",
            numericTargets: [
              nt("Tỷ lệ thực hiện kế hoạch đào tạo, bồi dưỡng", "eq", 100, "%", null, "đảm bảo thực hiện 100% kế hoạch giao"),
            ],
          },
          {
            title:
              "Xác định cơ cấu ngạch công chức theo vị trí việc làm tại các cơ quan hành chính cấp tỉnh, cấp huyện thuộc tỉnh, huyện theo Đề án đã được phê duyệt. Đến năm 2018, 100% các cơ quan, tổ chức hành chính của tỉnh hoàn thiện việc xây dựng bản mô tả công việc và khung năng lực của từng vị trí việc làm theo danh mục đã được phê duyệt; bố trí công chức có trình độ chuyên môn phù hợp với vị trí việc làm và tiêu chuẩn ngạch công chức tương ứng với từng vị trí.",
            deadline: "Đến năm 2018",
            numericTargets: [
              nt(
                "Tỷ lệ cơ quan, tổ chức hành chính hoàn thiện bản mô tả công việc và khung năng lực",
                "eq",
                100,
                "%",
                2018,
                "Đến năm 2018, 100% các cơ quan, tổ chức hành chính của tỉnh hoàn thiện việc xây dựng bản mô tả công việc và khung năng lực",
              ),
            ],
          },
          {
            title:
              "Đổi mới công tác tuyển dụng công chức, viên chức nhằm thu hút người có tài nhưng phải tuân thủ đúng trình tự, thủ tục và thời gian quy định tại Luật Cán bộ, công chức, Luật Viên chức và các văn bản hướng dẫn thi hành. Đánh giá công chức, viên chức theo Nghị định 56/2015/NĐ-CP ngày 9/6/2015 về đánh giá và phân loại cán bộ, công chức, viên chức; tổ chức thi nâng ngạch, thi thăng hạng theo nguyên tắc cạnh tranh, công bằng.",
          },
          {
            title:
              "Việc bổ nhiệm công chức phải tuân thủ đúng quy trình, tiêu chuẩn và cơ cấu số lượng theo quy định tại Luật Cán bộ, công chức, các văn bản hướng dẫn thi hành và theo quy định phân cấp quản lý cán bộ của tỉnh.",
          },
          {
            title:
              "Từng bước nâng cao chất lượng cán bộ, công chức cấp xã. Phấn đấu đạt trên 70% số cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm. Đến năm 2020, 100% cán bộ, công chức cấp xã đạt chuẩn về chuyên môn, nghiệp vụ (năm 2018 đạt 92%).",
            deadline: "Trong năm; đến năm 2020",
            numericTargets: [
              nt(
                "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm",
                "gt",
                70,
                "%",
                null,
                "trên 70% số cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm",
              ),
              nt(
                "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn về chuyên môn, nghiệp vụ",
                "eq",
                100,
                "%",
                2020,
                "Đến năm 2020, 100% cán bộ, công chức cấp xã đạt chuẩn về chuyên môn, nghiệp vụ",
              ),
              nt(
                "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn về chuyên môn, nghiệp vụ",
                "eq",
                92,
                "%",
                2018,
                "năm 2018 đạt 92%",
              ),
            ],
          },
        ],
      ),
    },
    {
      ordinal: "6",
      title: "Cải cách tài chính công",
      lead: [],
      components: ["tai-chinh-cong"],
      children: bullets(
        ["tai-chinh-cong"],
        {
          lead: [STC],
          leadPrinted: "Sở Tài chính.",
          coordinatingPrinted:
            "Các sở, ban, ngành; UBND cấp huyện, cấp xã; các đơn vị sự nghiệp công lập thuộc tỉnh.",
        },
        [
          {
            title:
              "Thực hiện cơ chế khoán biên chế và kinh phí hành chính tại cơ quan hành chính theo quy định tại Nghị định số 130/2005/NĐ-CP và Nghị định số 117/2013/NĐ-CP của Chính phủ; 100% số đơn vị triển khai cơ chế tự chủ, tự chịu trách nhiệm tại các đơn vị sự nghiệp công lập; 100% đơn vị sự nghiệp thuộc tỉnh đủ điều kiện được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp theo quy định tại Nghị định số 16/2015/NĐ-CP của Chính phủ và các văn bản khác có liên quan. Phấn đấu 100% số đơn vị sự nghiệp (đã triển khai cơ chế tự chủ) thực hiện đúng quy định về phân phối kết quả tài chính hoặc sử dụng kinh phí tiết kiệm chi thường xuyên trong năm.",
            numericTargets: [
              nt(
                "Tỷ lệ đơn vị sự nghiệp công lập triển khai cơ chế tự chủ, tự chịu trách nhiệm",
                "eq",
                100,
                "%",
                null,
                "100% số đơn vị triển khai cơ chế tự chủ, tự chịu trách nhiệm tại các đơn vị sự nghiệp công lập",
              ),
              nt(
                "Tỷ lệ đơn vị sự nghiệp đủ điều kiện được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp",
                "eq",
                100,
                "%",
                null,
                "100% đơn vị sự nghiệp thuộc tỉnh đủ điều kiện được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp",
              ),
              nt(
                "Tỷ lệ đơn vị sự nghiệp thực hiện đúng quy định về phân phối kết quả tài chính",
                "eq",
                100,
                "%",
                null,
                "Phấn đấu 100% số đơn vị sự nghiệp (đã triển khai cơ chế tự chủ) thực hiện đúng quy định về phân phối kết quả tài chính hoặc sử dụng kinh phí tiết kiệm chi thường xuyên trong năm",
              ),
            ],
          },
          {
            title: "Thực hiện tốt công tác thanh tra, kiểm tra tài chính trong quản lý, sử dụng ngân sách theo thẩm quyền.",
          },
        ],
      ),
    },
    {
      ordinal: "7",
      title: "Hiện đại hóa hành chính",
      lead: [],
      components: ["chinh-quyen-so"],
      children: bullets(
        ["chinh-quyen-so"],
        {
          lead: [STTTT, SKHCN],
          leadPrinted:
            "Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ theo chức năng, nhiệm vụ tham mưu UBND tỉnh triển khai.",
          coordinatingPrinted:
            "Các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã và các cơ quan, đơn vị có liên quan.",
        },
        [
          {
            title:
              "Hàng năm, ban hành kịp thời Kế hoạch ứng dụng CNTT phù hợp với tình hình thực tế của tỉnh, đảm bảo hoàn thành 100% các hoạt động trong kế hoạch (có báo cáo đánh giá kết quả thực hiện kế hoạch).",
            deadline: "Hàng năm",
            numericTargets: [
              nt(
                "Tỷ lệ hoạt động trong Kế hoạch ứng dụng CNTT được hoàn thành",
                "eq",
                100,
                "%",
                null,
                "đảm bảo hoàn thành 100% các hoạt động trong kế hoạch",
              ),
            ],
          },
          {
            title:
              "Phấn đấu đến năm 2020: 100% cơ quan chuyên môn cấp tỉnh, cấp huyện và 50% cấp xã triển khai ứng dụng phần mềm dùng chung, phần mềm quản lý văn bản; Thực hiện kết nối, liên thông các phần mềm quản lý từ cấp tỉnh đến cấp xã, nâng tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước các cấp dưới dạng điện tử đạt trên 80%; Triển khai ứng dụng chữ ký số và kiến trúc chính quyền điện tử của tỉnh.",
            deadline: "Đến năm 2020",
            numericTargets: [
              nt(
                "Tỷ lệ cơ quan chuyên môn cấp tỉnh, cấp huyện triển khai phần mềm dùng chung, phần mềm quản lý văn bản",
                "eq",
                100,
                "%",
                2020,
                "đến năm 2020: 100% cơ quan chuyên môn cấp tỉnh, cấp huyện",
              ),
              nt(
                "Tỷ lệ cấp xã triển khai phần mềm dùng chung, phần mềm quản lý văn bản",
                "eq",
                50,
                "%",
                2020,
                "đến năm 2020: ... 50% cấp xã triển khai ứng dụng phần mềm dùng chung, phần mềm quản lý văn bản",
              ),
              nt(
                "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử",
                "gt",
                80,
                "%",
                2020,
                "nâng tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước các cấp dưới dạng điện tử đạt trên 80%",
              ),
            ],
          },
          {
            title:
              "Nâng cao chất lượng cung cấp thông tin trên Cổng thông tin điện tử và Trang thông tin điện tử cải cách hành chính của tỉnh đảm bảo: Tính kịp thời, Mức độ đầy đủ của thông tin, Mức độ thuận tiện trong truy cập, khai thác thông tin.",
          },
          {
            title:
              "Triển khai mở rộng cung cấp các dịch vụ công trực tuyến tại các cơ quan, đơn vị ở mức độ 3, 4. Nâng tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3 đạt trên 40%, mức độ 4 trên 30% (so với số hồ sơ tiếp nhận trong năm của tất cả các dịch vụ được triển khai cung cấp trực tuyến mức độ 3, 4).",
            numericTargets: [
              nt(
                "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3",
                "gt",
                40,
                "%",
                null,
                "hồ sơ TTHC được xử lý trực tuyến mức độ 3 đạt trên 40%",
              ),
              nt("Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 4", "gt", 30, "%", null, "mức độ 4 trên 30%"),
            ],
          },
          {
            title:
              "Tăng cường công tác tuyên truyền, phổ biến, nâng cao nhận thức và kiến thức về công nghệ thông tin trong xã hội, đặc biệt là công tác tuyên truyền, hướng dẫn người dân, tổ chức và doanh nghiệp tiếp cận với các dịch vụ công qua mạng.",
          },
          {
            title:
              "Tổ chức triển khai nhận hồ sơ, giải quyết và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích (theo quy định tại Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ).",
          },
          {
            title:
              "Tiếp tục triển khai đối với các đơn vị chưa thực hiện áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO. Nâng tỷ lệ đơn vị hành chính cấp xã công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2008 lên 70% năm 2017 và 100% đến năm 2020.",
            deadline: "Năm 2017 và đến năm 2020",
            numericTargets: [
              nt(
                "Tỷ lệ đơn vị hành chính cấp xã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2008",
                "eq",
                70,
                "%",
                2017,
                "lên 70% năm 2017",
              ),
              nt(
                "Tỷ lệ đơn vị hành chính cấp xã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2008",
                "eq",
                100,
                "%",
                2020,
                "100% đến năm 2020",
              ),
            ],
          },
          {
            title:
              "Theo dõi, hướng dẫn các cơ quan hành chính Nhà nước các cấp của tỉnh đã áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO trong hoạt động và đã được cấp Giấy chứng nhận ISO tiếp tục duy trì hoạt động theo đúng quy trình ISO trong hoạt động.",
          },
        ],
      ),
    },
    {
      ordinal: "8",
      title: "Nâng cao chất lượng hoạt động của cơ chế một cửa, một cửa liên thông",
      lead: [],
      components: ["mot-cua"],
      children: bullets(
        ["mot-cua"],
        {
          lead: [SNV, SKHDT, STP, STTTT],
          leadPrinted:
            "Sở Nội vụ, Sở Kế hoạch và Đầu tư, Sở Tư pháp, Sở Thông tin và Truyền thông theo chức năng, nhiệm vụ tham mưu cho UBND tỉnh triển khai.",
          coordinatingPrinted:
            "Các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã và các cơ quan, đơn vị có liên quan.",
        },
        [
          {
            title:
              "Rà soát, đánh giá và đôn đốc các cơ quan, đơn vị thực hiện việc có giải quyết công việc liên quan trực tiếp tới tổ chức, cá nhân triển khai cơ chế một cửa, một cửa liên thông theo Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ và Quyết định số 21/2015/QĐ-UBND ngày 09/9/2015 của UBND tỉnh Lai Châu ban hành quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại các cơ quan HCNN trên địa bàn tỉnh Lai Châu.",
          },
          {
            title:
              "Đảm bảo trên 90% các thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ban, ngành; UBND cấp huyện, cấp xã được thực hiện theo cơ chế một cửa; Phấn đấu 100% số hồ sơ TTHC được tiếp nhận trong năm của các sở, ban, ngành; UBND cấp huyện, cấp xã được giải quyết đúng hạn và trước hạn.",
            numericTargets: [
              nt(
                "Tỷ lệ TTHC được thực hiện theo cơ chế một cửa",
                "gt",
                90,
                "%",
                null,
                "Đảm bảo trên 90% các thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ban, ngành; UBND cấp huyện, cấp xã được thực hiện theo cơ chế một cửa",
              ),
              nt(
                "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn",
                "eq",
                100,
                "%",
                null,
                "Phấn đấu 100% số hồ sơ TTHC được tiếp nhận trong năm ... được giải quyết đúng hạn và trước hạn",
              ),
            ],
          },
          {
            title:
              "Có biện pháp củng cố, kiện toàn nhằm nâng cao chất lượng phục vụ tại Bộ phận “một cửa” tại tất cả các cơ quan, đơn vị để đáp ứng yêu cầu phục vụ tổ chức, công dân đến giao dịch giải quyết thủ tục hành chính. Đảm bảo từ 80% trở lên tổ chức, công dân đến giao dịch tại Bộ phận tiếp nhận và trả kết quả thấy hài lòng (qua điều tra, khảo sát).",
            numericTargets: [
              nt(
                "Tỷ lệ tổ chức, công dân hài lòng tại Bộ phận tiếp nhận và trả kết quả",
                "gte",
                80,
                "%",
                null,
                "Đảm bảo từ 80% trở lên tổ chức, công dân đến giao dịch tại Bộ phận tiếp nhận và trả kết quả thấy hài lòng",
              ),
            ],
          },
        ],
      ),
    },
    {
      ordinal: "9",
      title: "Đánh giá tác động của cải cách hành chính",
      lead: [],
      components: ["tac-dong"],
      children: bullets(
        ["tac-dong"],
        {
          lead: [SKHDT, SYT, SGDDT],
          leadPrinted: "Sở Kế hoạch và Đầu tư, Sở Y tế, Sở Giáo dục và Đào tạo tham mưu cho UBND tỉnh triển khai.",
          coordinatingPrinted:
            "Các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã và các cơ quan, đơn vị có liên quan.",
        },
        [
          {
            title:
              "Ban hành các chính sách thu hút đầu tư, tạo môi trường thuận lợi để khuyến khích các doanh nghiệp về đầu tư sản xuất và đầu tư mở rộng sản xuất. Phấn đấu nâng tỷ lệ doanh nghiệp được thành lập mới trong năm và mức thu hút đầu tư của tỉnh năm sau cao hơn năm trước.",
          },
          {
            title: "Nâng cao chất lượng cung cấp các dịch vụ y tế công lập, giáo dục công lập trên địa bàn tỉnh.",
          },
        ],
      ),
    },
    {
      ordinal: "10",
      title: "Đối với các nội dung liên quan đến điều tra xã hội học",
      lead: [],
      components: ["dieu-tra-xhh"],
      children: [
        {
          // Printed as one paragraph, not as bullets with a "Trách nhiệm thực hiện" sub-section.
          ordinal: null,
          title:
            "Hàng năm, căn cứ theo Kế hoạch xác định Chỉ số CCHC cấp tỉnh (PAR INDEX) của tỉnh Lai Châu do Bộ Nội vụ ban hành, các sở, ban, ngành, UBND cấp huyện, cấp xã có trách nhiệm phối hợp với Sở Nội vụ tổ chức điều tra Xã hội học về việc xin ý kiến đánh giá về công tác CCHC trên địa bàn tỉnh, bao gồm: Ý kiến đánh giá của Thường trực HĐND tỉnh; lãnh đạo các sở, ban, ngành cấp tỉnh, lãnh đạo các huyện, thành phố; ý kiến đánh giá của các doanh nghiệp, người dân trên địa bàn tỉnh Lai Châu.",
          lead: [SNV],
          leadPrinted: "Sở Nội vụ",
          coordinatingPrinted: "các sở, ban, ngành, UBND cấp huyện, cấp xã",
          deadline: "Hàng năm",
          components: ["dieu-tra-xhh"],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// PHỤ BIỂU CÁC NHIỆM VỤ CỤ THỂ
// ---------------------------------------------------------------------------------------------

const CDDH: ComponentKey[] = ["chi-dao-dieu-hanh"];
const TC: ComponentKey[] = ["the-che"];
const TTHC: ComponentKey[] = ["thu-tuc-hanh-chinh"];
const BM: ComponentKey[] = ["to-chuc-bo-may"];
const CV: ComponentKey[] = ["cong-vu"];
const TCC: ComponentKey[] = ["tai-chinh-cong"];
const HDH: ComponentKey[] = ["chinh-quyen-so"];
const MC: ComponentKey[] = ["mot-cua"];
const TD: ComponentKey[] = ["tac-dong"];
const XHH: ComponentKey[] = ["dieu-tra-xhh"];

const appendix: SeedTaskRow = {
  ordinal: null,
  title: "PHỤ BIỂU CÁC NHIỆM VỤ CỤ THỂ",
  lead: [],
  children: [
    // I — printed "1" (OCR slip)
    {
      ordinal: "I",
      title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
      lead: [],
      components: CDDH,
      children: [
        {
          ordinal: "1",
          title:
            "Kế hoạch CCHC: Tham mưu cho UBND tỉnh: Ban hành kế hoạch CCHC của tỉnh hàng năm (Xác định đầy đủ 6 nội dung CCHC theo quy định; kết quả đầu ra của từng nhiệm vụ trong Kế hoạch phải cụ thể, rõ trách nhiệm triển khai, chi tiết mức thời gian hoàn thành trong năm)",
          lead: [SNV],
          leadPrinted: "Sở Nội vụ",
          coordinatingPrinted: G_HUYEN,
          deadline: "Trước 31/12 năm trước liền kề năm kế hoạch",
          evidence: "Kế hoạch CCHC",
          components: CDDH,
          numericTargets: [
            nt("Số nội dung CCHC được xác định trong kế hoạch", "eq", 6, "nội dung", null, "Xác định đầy đủ 6 nội dung CCHC theo quy định"),
          ],
        },
        {
          ordinal: "2",
          title:
            "Báo cáo CCHC: Số lượng báo cáo: (02 báo cáo quý, báo cáo 6 tháng và báo cáo năm); Tất cả báo cáo có đầy đủ nội dung theo hướng dẫn và được gửi đúng thời gian quy định.",
          lead: [SNV],
          leadPrinted: "Sở Nội vụ",
          coordinatingPrinted: G_HUYEN,
          deadline: "Theo quy định chế độ báo cáo của Bộ Nội vụ",
          evidence: "Báo cáo CCHC quý I, 6 tháng, quý III và Báo cáo CCHC năm",
          components: CDDH,
          numericTargets: [nt("Số báo cáo CCHC quý", "eq", 2, "báo cáo", null, "02 báo cáo quý")],
        },
        {
          ordinal: "3",
          title:
            "Kiểm tra công tác CCHC: Tham mưu cho UBND tỉnh ban hành Kế hoạch kiểm tra CCHC đối với các cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện (đạt tỷ lệ từ 30% trở lên); Đảm bảo thực hiện 100% kế hoạch; Có báo cáo và xử lý hoặc kiến nghị xử lý các vấn đề phát hiện qua kiểm tra.",
          lead: [SNV],
          leadPrinted: "Sở Nội vụ",
          coordinating: [SKHCN, STC, STP, STTTT],
          coordinatingPrinted:
            "Sở Khoa học và Công nghệ; Sở Tài chính; Sở Tư pháp; Sở Thông tin và Truyền thông",
          deadline: "Trước ngày 20/12 hàng năm",
          evidence: "Kế hoạch kiểm tra, biên bản kiểm tra, báo cáo kết quả kiểm tra",
          components: CDDH,
          numericTargets: [
            nt(
              "Tỷ lệ cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện được kiểm tra CCHC",
              "gte",
              30,
              "%",
              null,
              "đạt tỷ lệ từ 30% trở lên",
            ),
            nt("Tỷ lệ thực hiện kế hoạch kiểm tra", "eq", 100, "%", null, "Đảm bảo thực hiện 100% kế hoạch"),
          ],
        },
        {
          ordinal: "4",
          title:
            "Công tác tuyên truyền CCHC: Tham mưu cho UBND tỉnh các kế hoạch, các hình thức tuyên truyền CCHC: (1) Tổ chức các hội nghị, tập huấn chuyên đề CCHC; (2) Đăng tải thông tin CCHC trên website của tỉnh (cổng thông tin điện tử, trang cải cách hành chính của tỉnh, Báo Lai Châu online); (3) Tuyên truyền CCHC trên Đài Phát thanh - Truyền hình của tỉnh",
          lead: [STTTT, SNV, DAI, BAO],
          leadPrinted: "Sở Thông tin - Truyền thông; Sở Nội vụ; Đài Phát thanh - Truyền hình tỉnh, Báo Lai Châu",
          coordinatingPrinted: G_HUYEN,
          deadline: "Thường xuyên",
          evidence: "Các tin bài được đăng, các Hội nghị được tổ chức.....",
          components: CDDH,
        },
        {
          ordinal: "5",
          title:
            "Sáng kiến CCHC: Tham mưu UBND xem xét, quyết định công nhận những giải pháp, những cách làm mới có khả năng mang lại lợi ích thiết thực, nâng cao hiệu quả triển khai CCHC của tỉnh.",
          lead: [SKHCN],
          leadPrinted: "Sở Khoa học và Công nghệ",
          coordinatingPrinted: G_HUYEN,
          deadline: "Thường xuyên",
          evidence: "Quyết định công nhận sáng kiến",
          components: CDDH,
        },
        {
          ordinal: "6",
          title: "Kết quả chỉ đạo, điều hành CCHC của tỉnh: Tham mưu cho UBND tỉnh",
          lead: [],
          components: CDDH,
          children: [
            {
              ordinal: "6.1",
              title: "Đảm bảo tính kịp thời và chất lượng các văn bản chỉ đạo, điều hành CCHC của tỉnh",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Thường xuyên",
              evidence: "Các quyết định, Chỉ thị, Kế hoạch....",
              components: CDDH,
            },
            {
              ordinal: "6.2",
              title: "Kịp thời bố trí nguồn lực tài chính cho công tác CCHC của tỉnh.",
              lead: [STC],
              leadPrinted: "Sở Tài chính",
              coordinating: [SKHDT, SNV, SKHCN, STTTT],
              coordinatingPrinted:
                "Sở Kế hoạch và Đầu tư; Sở Nội vụ, Sở Khoa học và Công nghệ; Sở Thông tin và Truyền thông",
              deadline: "Theo kế hoạch của UBND tỉnh.",
              evidence: "Quyết định phân khai kinh phí",
              components: CDDH,
            },
            {
              ordinal: "6.3",
              title: "Tăng cường công tác chỉ đạo, đôn đốc thực hiện các nhiệm vụ CCHC của tỉnh.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Thường xuyên",
              evidence: "Các văn bản chỉ đạo, hướng dẫn, đôn đốc, kiểm tra CCHC",
              components: CDDH,
            },
          ],
        },
      ],
    },

    // II
    {
      ordinal: "II",
      title: "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL TẠI TỈNH",
      lead: [],
      components: TC,
      children: [
        {
          ordinal: "1",
          title:
            "Tham mưu cho UBND tỉnh ban hành kịp thời các kế hoạch: Theo dõi thi hành pháp luật; rà soát, hệ thống hóa văn bản QPPL; kế hoạch kiểm tra thực hiện văn bản QPPL tại tỉnh. Đảm bảo triển khai được 100% các nội dung trong Kế hoạch và phải có báo cáo chi tiết, kịp thời theo quy định của Bộ Tư pháp.",
          lead: [STP],
          leadPrinted: "Sở Tư pháp",
          coordinatingPrinted: G_HUYEN,
          deadline: "Theo quy định của Bộ Tư pháp",
          evidence:
            "Các kế hoạch: Theo dõi thi hành pháp luật; rà soát, hệ thống hóa văn bản QPPL; kế hoạch kiểm tra thực hiện văn bản QPPL tại tỉnh.",
          components: TC,
          numericTargets: [
            nt(
              "Tỷ lệ nội dung trong kế hoạch được triển khai",
              "eq",
              100,
              "%",
              null,
              "Đảm bảo triển khai được 100% các nội dung trong Kế hoạch",
            ),
          ],
        },
        {
          ordinal: "2",
          title:
            "Tăng cường công tác hướng dẫn, kiểm tra, nâng cao chất lượng ban hành văn bản QPPL tại tỉnh. Đảm bảo 100% văn bản QPPL trước khi ban hành được xây dựng đúng trình tự, thủ tục quy định; 100% các vấn đề phát hiện đều được xử lý hoặc kiến nghị xử lý theo thẩm quyền.",
          lead: [STP],
          leadPrinted: "Sở Tư pháp",
          coordinatingPrinted: G_HUYEN,
          deadline: "Thường xuyên",
          evidence: "Các văn bản QPPL, Báo cáo kết quả kiểm tra...của tỉnh",
          components: TC,
          numericTargets: [
            nt(
              "Tỷ lệ văn bản QPPL được xây dựng đúng trình tự, thủ tục",
              "eq",
              100,
              "%",
              null,
              "Đảm bảo 100% văn bản QPPL trước khi ban hành được xây dựng đúng trình tự, thủ tục quy định",
            ),
            nt(
              "Tỷ lệ vấn đề phát hiện được xử lý hoặc kiến nghị xử lý",
              "eq",
              100,
              "%",
              null,
              "100% các vấn đề phát hiện đều được xử lý hoặc kiến nghị xử lý theo thẩm quyền",
            ),
          ],
        },
        {
          ordinal: "3",
          title:
            "Tham mưu cho UBND tỉnh các Báo cáo: Xây dựng và tổ chức thực hiện văn bản QPPL; Kết quả theo dõi thi hành pháp luật; Kết quả rà soát hệ thống hóa văn bản QPPL; Công tác kiểm tra, xử lý văn bản QPPL, đảm bảo kịp thời, chất lượng",
          lead: [STP],
          leadPrinted: "Sở Tư pháp",
          coordinatingPrinted: G_HUYEN,
          deadline: "Theo quy định của Bộ Tư pháp",
          evidence: "Báo cáo",
          components: TC,
        },
      ],
    },

    // III
    {
      ordinal: "III",
      title: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
      lead: [],
      components: TTHC,
      children: [
        {
          ordinal: "1",
          title: "Rà soát, đánh giá, cập nhật thủ tục hành chính",
          lead: [],
          components: TTHC,
          children: [
            {
              ordinal: "1.1",
              title:
                "Tham mưu Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát, đánh giá TTHC đúng theo quy định, đảm bảo thực hiện 100% kế hoạch đề ra. Chỉ đạo, tổ chức triển khai thực hiện và báo cáo kết quả thực hiện, trọng tâm đánh giá: Mức độ thực hiện kế hoạch; Xử lý các vấn đề phát hiện qua rà soát.",
              lead: [STP],
              leadPrinted: "Sở Tư pháp",
              coordinatingPrinted: G_HUYEN,
              deadline: "Theo quy định của Bộ Tư pháp",
              evidence:
                "Kế hoạch rà soát, đánh giá TTHC; Báo cáo kết quả thực hiện Kế hoạch kèm Quyết định phê duyệt phương án đơn giản hóa, sáng kiến cải cách TTHC.",
              components: TTHC,
              numericTargets: [
                nt("Tỷ lệ thực hiện kế hoạch rà soát, đánh giá TTHC", "eq", 100, "%", null, "đảm bảo thực hiện 100% kế hoạch đề ra"),
              ],
            },
            {
              ordinal: "1.2",
              title:
                "Tham mưu Chủ tịch UBND tỉnh công bố đầy đủ, kịp thời TTHC và các quy định liên quan thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh theo quy định của Chính phủ",
              lead: [],
              leadPrinted: "Các sở, ban, ngành",
              coordinating: [STP],
              coordinatingPrinted: "Sở Tư pháp",
              deadline: "Theo quy định của Chính phủ",
              evidence: "Quyết định công bố TTHC",
              components: TTHC,
            },
            {
              ordinal: "1.3",
              title:
                "Thường xuyên cập nhật TTHC và các văn bản quy định về TTHC vào Cơ sở dữ liệu quốc gia về TTHC (trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố)",
              lead: [STP],
              leadPrinted: "Sở Tư pháp",
              coordinating: [VP_UBND],
              coordinatingPrinted: "Văn phòng UBND tỉnh, Các cơ quan, đơn vị liên quan",
              deadline: "Thường xuyên",
              evidence:
                "Công văn đề nghị công khai hồ sơ TTHC, hồ sơ văn bản QPPL trên Cơ sở dữ liệu quốc gia về TTHC",
              components: TTHC,
              numericTargets: [
                nt(
                  "Thời hạn cập nhật TTHC vào Cơ sở dữ liệu quốc gia",
                  "lte",
                  5,
                  "ngày làm việc",
                  null,
                  "trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố",
                ),
              ],
            },
          ],
        },
        {
          ordinal: "2",
          title: "Công khai thủ tục hành chính",
          lead: [],
          components: TTHC,
          children: [
            {
              ordinal: null,
              title:
                "Đề xuất, tham mưu UBND tỉnh các văn bản chỉ đạo; hướng dẫn các cơ quan, đơn vị, địa phương (đảm bảo 100% các cơ quan chuyên môn cấp tỉnh, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã) công khai TTHC đầy đủ, đúng quy định tại Bộ phận tiếp nhận và trả kết quả giải quyết TTHC và Trang thông tin điện tử của cơ quan, đơn vị",
              lead: [STP, STTTT, SNV],
              leadPrinted: "Sở Tư pháp, Sở Thông tin và Truyền thông; Sở Nội vụ",
              coordinatingPrinted: "Các sở, ban, ngành, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã.",
              deadline: "Thường xuyên",
              evidence:
                "Các thủ tục hành chính được niêm yết công khai, đầy đủ tại Bộ phận tiếp nhận và trả kết quả và Trang thông tin điện tử của các cơ quan, đơn vị, địa phương",
              components: TTHC,
              numericTargets: [
                nt(
                  "Tỷ lệ cơ quan, UBND cấp huyện, cấp xã công khai TTHC đầy đủ, đúng quy định",
                  "eq",
                  100,
                  "%",
                  null,
                  "đảm bảo 100% các cơ quan chuyên môn cấp tỉnh, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã",
                ),
              ],
            },
          ],
        },
        {
          ordinal: "3",
          title: "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền",
          lead: [],
          components: TTHC,
          children: [
            {
              ordinal: null,
              title:
                "Tổ chức thực hiện đầy đủ các hình thức, quy trình tiếp nhận và xử lý phản ánh kiến nghị của cá nhân, tổ chức về TTHC theo quy định tại Nghị định số 20/2008/NĐ-CP và Nghị định số 63/2010/NĐ-CP của Chính phủ. Đảm bảo 100% các phản ánh kiến nghị của cá nhân, tổ chức về TTHC và việc thực hiện TTHC được xử lý hoặc kiến nghị xử lý theo thẩm quyền",
              lead: [STP],
              leadPrinted: "Sở Tư pháp",
              coordinatingPrinted: "Các sở, ban, ngành, UBND cấp huyện, cấp xã",
              deadline: "Thường xuyên",
              evidence:
                "Báo cáo kết quả tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh",
              components: TTHC,
              numericTargets: [
                nt(
                  "Tỷ lệ phản ánh kiến nghị về TTHC được xử lý hoặc kiến nghị xử lý",
                  "eq",
                  100,
                  "%",
                  null,
                  "Đảm bảo 100% các phản ánh kiến nghị của cá nhân, tổ chức về TTHC và việc thực hiện TTHC được xử lý hoặc kiến nghị xử lý theo thẩm quyền",
                ),
              ],
            },
          ],
        },
      ],
    },

    // IV — no item "3" is printed in this section.
    {
      ordinal: "IV",
      title: "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC",
      lead: [],
      components: BM,
      children: [
        {
          ordinal: "1",
          title: "Tuân thủ các quy định của Chính phủ, các bộ về tổ chức bộ máy",
          lead: [],
          components: BM,
          children: [
            {
              ordinal: null,
              title:
                "Rà soát, quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh; phòng, ban chuyên môn thuộc Ủy ban nhân dân cấp huyện đảm bảo tuân thủ đầy đủ, đúng quy định của Chính phủ và hướng dẫn của các bộ, ngành.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Thường xuyên",
              evidence: "Các quyết định quy định chức năng, nhiệm vụ",
              components: BM,
            },
          ],
        },
        {
          ordinal: "2",
          title: "Kiểm tra tình hình tổ chức và hoạt động của các sở, ban, ngành tỉnh; UBND các huyện, thành phố",
          lead: [],
          components: BM,
          children: [
            {
              ordinal: "2.1",
              title:
                "Tham mưu cấp có thẩm quyền ban hành kế hoạch kiểm tra (Kế hoạch kiểm tra có thể ban hành riêng hoặc lồng ghép với các kế hoạch khác nhưng phải đảm bảo đầy đủ nội dung và đạt tỷ lệ từ 30% trở lên số sở, ban, ngành tỉnh, UBND huyện, thành phố).",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Trước 20/12 hàng năm",
              evidence: "Kế hoạch kiểm tra",
              components: BM,
              numericTargets: [
                nt(
                  "Tỷ lệ sở, ban, ngành tỉnh, UBND huyện, thành phố được kiểm tra",
                  "gte",
                  30,
                  "%",
                  null,
                  "đạt tỷ lệ từ 30% trở lên số sở, ban, ngành tỉnh, UBND huyện, thành phố",
                ),
              ],
            },
            {
              ordinal: "2.2",
              title:
                "Tổ chức thực hiện Kế hoạch kiểm tra, báo cáo kết quả kiểm tra, trọng tâm đánh giá; Mức độ thực hiện kế hoạch kiểm tra. Xử lý các vấn đề phát hiện qua kiểm tra.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Theo chế độ báo cáo",
              evidence:
                "Báo cáo kết quả kiểm tra; các văn bản xử lý hoặc kiến nghị xử lý các vấn đề phát hiện qua kiểm tra",
              components: BM,
            },
          ],
        },
        {
          ordinal: "4",
          title: "Thực hiện phân cấp quản lý",
          lead: [],
          components: BM,
          children: [
            {
              // OCR printed "5" in the STT cell of this unnumbered content row (label of the next heading).
              ordinal: null,
              title:
                "Tham mưu cho UBND tỉnh thực hiện các quy định về phân cấp quản lý do Chính phủ quy định tại Nghị quyết số 21/NQ-CP ngày 21/3/2016 của Chính phủ và các quy định khác của Chính phủ, các bộ, ngành về phân cấp quản lý nhà nước. Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ đã phân cấp cho cấp huyện và các đơn vị trực thuộc. Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra.",
              lead: [SNV, STNMT, STC, SKHDT],
              leadPrinted: "Sở Nội vụ, Sở Tài nguyên và Môi trường, Sở Tài chính, Sở Kế hoạch và Đầu tư",
              coordinatingPrinted: G_HUYEN,
              deadline: "Thường xuyên",
              evidence:
                "Các văn bản triển khai thực hiện các nhiệm vụ quản lý nhà nước đã được Trung ương phân cấp; Các thông báo kết luận kiểm tra",
              components: BM,
            },
          ],
        },
        {
          ordinal: "5",
          title: "Kết quả thực hiện quy chế làm việc của tỉnh",
          lead: [],
          components: BM,
          children: [
            {
              // OCR printed "V" in the STT cell of this unnumbered content row (label of the next section).
              ordinal: null,
              title:
                "Đôn đốc, kiểm tra các ngành, các cấp trên địa bàn tỉnh việc thi hành Quy chế làm việc của UBND tỉnh",
              lead: [VP_UBND],
              leadPrinted: "Văn phòng UBND tỉnh",
              coordinatingPrinted: G_HUYEN,
              deadline: "Thường xuyên",
              evidence: "Các văn bản chỉ đạo thực hiện quy chế, Báo cáo kết quả thực hiện quy chế",
              components: BM,
            },
          ],
        },
      ],
    },

    // V — printed "I" (the "V" slipped onto the row above)
    {
      ordinal: "V",
      title: "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
      lead: [],
      components: CV,
      children: [
        {
          // Printed without number; its "1" was read as the "I" of the section row above.
          ordinal: "1",
          title: "Thực hiện cơ cấu công chức theo vị trí việc làm",
          lead: [],
          components: CV,
          children: [
            {
              ordinal: null,
              title:
                "Chỉ đạo đôn đốc các cơ quan, tổ chức hành chính hoàn thiện bản mô tả công việc và khung năng lực cho từng vị trí việc làm theo danh mục đã được phê duyệt, đảm bảo: Đến năm 2018, 100% các cơ quan, tổ chức hành chính của tỉnh hoàn thiện việc xây dựng bản mô tả công việc và khung năng lực cho từng vị trí việc làm theo danh mục đã được phê duyệt; bố trí công chức đúng theo vị trí việc làm và tiêu chuẩn ngạch công chức tương ứng với từng vị trí.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Thường xuyên",
              // The second "- " item was printed in the evidence cell of the next row ("2 Tuyển dụng").
              evidence:
                "- Các văn bản quy định bản mô tả công việc và khung năng lực cho từng vị trí việc làm theo danh mục đã được phê duyệt; Báo cáo của tỉnh về việc bố trí công chức theo vị trí việc làm;\n- Các văn bản quy định bản mô tả công việc và khung năng lực cho từng vị trí việc làm theo danh mục đã được phê duyệt.",
              components: CV,
              numericTargets: [
                nt(
                  "Tỷ lệ cơ quan, tổ chức hành chính hoàn thiện bản mô tả công việc và khung năng lực",
                  "eq",
                  100,
                  "%",
                  2018,
                  "Đến năm 2018, 100% các cơ quan, tổ chức hành chính của tỉnh hoàn thiện việc xây dựng bản mô tả công việc và khung năng lực",
                ),
              ],
            },
          ],
        },
        {
          ordinal: "2",
          title: "Tuyển dụng công chức, viên chức",
          lead: [],
          components: CV,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu UBND tỉnh các giải pháp đổi mới công tác tuyển dụng công chức, viên chức (bao gồm cả công chức cấp xã) nhằm thu hút người có tài nhưng phải tuân thủ đúng trình tự, thủ tục và thời gian quy định tại Luật Cán bộ, công chức, Luật Viên chức và các văn bản hướng dẫn thi hành.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Thường xuyên",
              evidence:
                "Thông báo tuyển dụng; quyết định thành lập Hội đồng tuyển dụng; quyết định phê duyệt kết quả tuyển dụng; quyết định tuyển dụng....",
              components: CV,
            },
          ],
        },
        {
          ordinal: "3",
          title: "Thi nâng ngạch công chức, thăng hạng viên chức",
          lead: [],
          components: CV,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu cho UBND tỉnh kế hoạch tổ chức thi nâng ngạch công chức, kế hoạch thăng hạng viên chức (theo đúng thẩm quyền của tỉnh) đảm bảo kịp thời, chất lượng. Việc tổ chức thi nâng ngạch công chức, thăng hạng viên chức phải tuân thủ đúng trình tự, thủ tục và thời hạn quy định tại Luật cán bộ, công chức, Luật Viên chức và các văn bản hướng dẫn thi hành.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Trong năm kế hoạch",
              evidence:
                "Các thông báo thi nâng ngạch, thăng hạng, người đủ điều kiện dự thi (hoặc xét) - Các văn bản liên quan đến tổ chức kỳ thi (thành lập hội đồng, phê duyệt kết quả thi, quyết định bổ nhiệm ngạch...).",
              components: CV,
            },
          ],
        },
        {
          ordinal: "4",
          title: "Thực hiện quy định về bổ nhiệm vị trí lãnh đạo cấp sở và tương đương",
          lead: [],
          components: CV,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu UBND tỉnh, Ban Cán sự Đảng UBND tỉnh, công tác bổ nhiệm lãnh đạo cấp sở và tương đương đúng theo quy trình, tiêu chuẩn và cơ cấu theo quy định tại Luật Cán bộ, công chức, các văn bản hướng dẫn thi hành và theo phân cấp quản lý cán bộ của tỉnh. Đảm bảo 100% lãnh đạo được bổ nhiệm đều đúng quy định.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Thường xuyên",
              evidence: "Các văn bản xin chủ trương: Thông báo bổ nhiệm; Quyết định bổ nhiệm",
              components: CV,
              numericTargets: [
                nt(
                  "Tỷ lệ lãnh đạo được bổ nhiệm đúng quy định",
                  "eq",
                  100,
                  "%",
                  null,
                  "Đảm bảo 100% lãnh đạo được bổ nhiệm đều đúng quy định",
                ),
              ],
            },
          ],
        },
        {
          ordinal: "5",
          title: "Đánh giá, phân loại công chức, viên chức",
          lead: [],
          components: CV,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu UBND tỉnh các giải pháp đánh giá, phân loại công chức, viên chức Nghị định 56/2015/NĐ-CP ngày 9/6/2015 về đánh giá và phân loại cán bộ, công chức, viên chức theo quy định của Chính phủ và hướng dẫn của Bộ Nội vụ",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Theo hướng dẫn của Bộ Nội vụ",
              evidence: "Báo cáo kết quả đánh giá, phân loại công chức, viên chức của tỉnh",
              components: CV,
            },
          ],
        },
        {
          ordinal: "6",
          title: "Thực hiện tinh giản biên chế",
          lead: [],
          components: CV,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu UBND tỉnh kế hoạch tinh giản biên chế trong từng năm (có danh sách và dự toán kinh phí kèm theo) gửi Bộ Nội vụ, Bộ Tài chính đúng thời gian quy định. Đảm bảo 100% số người trong kế hoạch được Bộ Nội vụ phê duyệt.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Theo hướng dẫn của Bộ Nội vụ, Bộ Tài chính",
              evidence: "Kế hoạch năm về tinh giản biên chế; Báo cáo năm về kết quả tinh giản biên chế.",
              components: CV,
              numericTargets: [
                nt(
                  "Tỷ lệ số người trong kế hoạch tinh giản biên chế được Bộ Nội vụ phê duyệt",
                  "eq",
                  100,
                  "%",
                  null,
                  "Đảm bảo 100% số người trong kế hoạch được Bộ Nội vụ phê duyệt",
                ),
              ],
            },
          ],
        },
        {
          ordinal: "7",
          title: "Công tác đào tạo, bồi dưỡng công chức, viên chức",
          lead: [],
          components: CV,
          children: [
            {
              ordinal: "7.1",
              title: "Tham mưu UBND tỉnh ban hành kế hoạch đào tạo, bồi dưỡng công chức hàng năm của tỉnh.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline: "Trước 31/12 năm trước liền kề năm kế hoạch",
              evidence: "Kế hoạch đào tạo, bồi dưỡng",
              components: CV,
            },
            {
              // Printed without number (a full row of its own, not a continuation of 7.1).
              ordinal: null,
              title:
                "Tổ chức triển khai thực hiện theo kế hoạch, theo dõi, báo cáo kết quả thực hiện (đảm bảo hoàn thành 100% kế hoạch).",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: G_HUYEN,
              deadline:
                "Theo quy định của Bộ Nội vụ (thời gian báo cáo trước ngày 31/01 của năm sau liền kề năm thực hiện kế hoạch)",
              evidence: "Báo cáo kết quả đào tạo, bồi dưỡng cán bộ, công chức, viên chức của tỉnh.",
              components: CV,
              numericTargets: [
                nt("Tỷ lệ hoàn thành kế hoạch đào tạo, bồi dưỡng", "eq", 100, "%", null, "đảm bảo hoàn thành 100% kế hoạch"),
              ],
            },
          ],
        },
        {
          ordinal: "8",
          title: "Cán bộ, công chức cấp xã",
          lead: [],
          components: CV,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu UBND tỉnh kế hoạch nâng cao chất lượng đội ngũ CB, CC cấp cơ sở; Tổ chức thực hiện và báo cáo kết quả thực hiện. Đảm bảo đến năm 2020, 100% cán bộ, công chức đạt chuẩn về chuyên môn.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinatingPrinted: "UBND các huyện, thành phố",
              deadline: "Thường xuyên",
              evidence: "Báo cáo số lượng, chất lượng cán bộ, công chức cấp xã",
              components: CV,
              numericTargets: [
                nt(
                  "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn về chuyên môn",
                  "eq",
                  100,
                  "%",
                  2020,
                  "Đảm bảo đến năm 2020, 100% cán bộ, công chức đạt chuẩn về chuyên môn",
                ),
              ],
            },
          ],
        },
      ],
    },

    // VI
    {
      ordinal: "VI",
      title: "CẢI CÁCH TÀI CHÍNH CÔNG",
      lead: [],
      components: TCC,
      children: [
        {
          ordinal: "1",
          title: "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính",
          lead: [],
          components: TCC,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu UBND tỉnh ban hành các văn bản chỉ đạo về thực hiện cơ chế khoán biên chế và kinh phí tại cơ quan hành chính; Tổ chức thực hiện; Theo dõi và báo cáo kết quả thực hiện.",
              lead: [STC],
              leadPrinted: "Sở Tài chính",
              coordinatingPrinted: G_CAC_HUYEN,
              deadline: "Thường xuyên",
              evidence:
                "Báo cáo kết quả thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính (Nội dung và thời gian gửi báo cáo thực hiện theo quy định của Bộ Tài chính)",
              components: TCC,
            },
          ],
        },
        {
          ordinal: "2",
          title: "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm tại các đơn vị sự nghiệp công lập",
          lead: [],
          components: TCC,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu UBND tỉnh chỉ đạo, tổ chức thực hiện và Theo dõi, báo cáo kết quả thực hiện. Trọng tâm đánh giá: - Tỷ lệ đơn vị sự nghiệp công lập cấp tỉnh thực hiện cơ chế tự chủ, tự chịu trách nhiệm; - Số đơn vị công lập tự bảo đảm chi thường xuyên (số lượng các đơn vị phải tăng so với năm trước liền kề); - Tỷ lệ đơn vị sự nghiệp công lập đủ điều kiện đã được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp (đảm bảo 100% đơn vị sự nghiệp thuộc tỉnh đủ điều kiện vận dụng cơ chế tài chính doanh nghiệp theo quy định tại Nghị định 16/2015/NĐ-CP của Chính phủ đều được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp).",
              lead: [STC],
              leadPrinted: "Sở Tài chính",
              coordinatingPrinted: G_CAC_HUYEN,
              deadline: "Thường xuyên",
              evidence:
                "Báo cáo kết quả thực hiện cơ chế tự chủ, tự chịu trách nhiệm tại các đơn vị sự nghiệp công lập (Nội dung và thời gian gửi báo cáo thực hiện theo quy định của Bộ Tài chính)",
              components: TCC,
              numericTargets: [
                nt(
                  "Tỷ lệ đơn vị sự nghiệp đủ điều kiện được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp",
                  "eq",
                  100,
                  "%",
                  null,
                  "đảm bảo 100% đơn vị sự nghiệp thuộc tỉnh đủ điều kiện vận dụng cơ chế tài chính doanh nghiệp ... đều được phê duyệt Đề án",
                ),
              ],
            },
          ],
        },
      ],
    },

    // VII — printed without numeral (the title sits in the STT cell)
    {
      ordinal: "VII",
      title: "HIỆN ĐẠI HÓA HÀNH CHÍNH",
      lead: [],
      components: HDH,
      children: [
        {
          // Printed "I" (OCR slip for "1"; children are 1.1 to 1.6).
          ordinal: "1",
          title: "Ứng dụng công nghệ thông tin của tỉnh.",
          lead: [],
          components: HDH,
          children: [
            {
              ordinal: "1.1",
              title:
                "Tham mưu cho UBND tỉnh ban hành kế hoạch ứng dụng CNTT của tỉnh (trong Quý IV của năm trước liền kề năm kế hoạch).",
              lead: [STTTT],
              leadPrinted: "Sở Thông tin - Truyền thông",
              coordinatingPrinted: G_CAC_HUYEN,
              deadline: "Trước 31/12 năm trước liền kề năm kế hoạch",
              evidence: "Kế hoạch ứng dụng công nghệ thông tin",
              components: HDH,
            },
            {
              ordinal: "1.2",
              title:
                "Tổ chức triển khai thực hiện theo kế hoạch và báo cáo kết quả thực hiện (đảm bảo thực hiện 100% các hoạt động trong Kế hoạch).",
              lead: [STTTT],
              leadPrinted: "Sở Thông tin - Truyền thông",
              coordinatingPrinted: G_CAC_HUYEN,
              deadline: "Hoàn thành trước ngày 30/12 năm kế hoạch",
              evidence: "Báo cáo năm về kết quả ứng dụng CNTT của tỉnh",
              components: HDH,
              numericTargets: [
                nt(
                  "Tỷ lệ hoạt động trong Kế hoạch ứng dụng CNTT được thực hiện",
                  "eq",
                  100,
                  "%",
                  null,
                  "đảm bảo thực hiện 100% các hoạt động trong Kế hoạch",
                ),
              ],
            },
            {
              ordinal: "1.3",
              title: "Tham mưu UBND tỉnh xây dựng và triển khai kiến trúc chính quyền điện tử của tỉnh.",
              lead: [STTTT],
              leadPrinted: "Sở Thông tin - Truyền thông",
              coordinatingPrinted: G_CAC_HUYEN,
              deadline: "Năm 2018 và các năm tiếp theo",
              evidence: "Báo cáo kết quả triển khai",
              components: HDH,
            },
            {
              ordinal: "1.4",
              title:
                "Tham mưu UBND tỉnh các văn bản chỉ đạo, các giải pháp nâng tỷ lệ trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử. Phấn đấu đến năm 2020: 100% cơ quan chuyên môn cấp tỉnh, cấp huyện và 50% cấp xã triển khai ứng dụng phần mềm dùng chung, phần mềm quản lý văn bản; Thực hiện kết nối, liên thông các phần mềm quản lý từ cấp tỉnh đến cấp xã, nâng tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước các cấp dưới dạng điện tử đạt trên 80%; Triển khai ứng dụng chữ ký số.",
              lead: [STTTT],
              leadPrinted: "Sở Thông tin - Truyền thông",
              coordinatingPrinted: "Các Sở, ban, ngành, UBND các huyện, thành phố",
              deadline: "Thường xuyên",
              evidence: "Báo cáo của UBND tỉnh",
              components: HDH,
              numericTargets: [
                nt(
                  "Tỷ lệ cơ quan chuyên môn cấp tỉnh, cấp huyện triển khai phần mềm dùng chung, phần mềm quản lý văn bản",
                  "eq",
                  100,
                  "%",
                  2020,
                  "đến năm 2020: 100% cơ quan chuyên môn cấp tỉnh, cấp huyện",
                ),
                nt(
                  "Tỷ lệ cấp xã triển khai phần mềm dùng chung, phần mềm quản lý văn bản",
                  "eq",
                  50,
                  "%",
                  2020,
                  "đến năm 2020: ... 50% cấp xã triển khai ứng dụng phần mềm dùng chung, phần mềm quản lý văn bản",
                ),
                nt(
                  "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử",
                  "gt",
                  80,
                  "%",
                  2020,
                  "nâng tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước các cấp dưới dạng điện tử đạt trên 80%",
                ),
              ],
            },
            {
              ordinal: "1.5",
              title:
                "Tham mưu UBND tỉnh triển khai mở rộng cung cấp các dịch vụ công trực tuyến. Nâng tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3 đạt trên 40%, mức độ 4 trên 30% (so với số hồ sơ tiếp nhận trong năm của tất cả các dịch vụ được triển khai cung cấp trực tuyến mức độ 3, 4).",
              lead: [STTTT],
              leadPrinted: "Sở Thông tin - Truyền thông",
              coordinatingPrinted: "Các Sở, ban, ngành, UBND các huyện, thành phố",
              deadline: "Thường xuyên",
              evidence: "Báo cáo của UBND tỉnh",
              components: HDH,
              numericTargets: [
                nt(
                  "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3",
                  "gt",
                  40,
                  "%",
                  null,
                  "hồ sơ TTHC được xử lý trực tuyến mức độ 3 đạt trên 40%",
                ),
                nt("Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 4", "gt", 30, "%", null, "mức độ 4 trên 30%"),
              ],
            },
            {
              ordinal: "1.6",
              title:
                "Tham mưu UBND tỉnh triển khai thực hiện tiếp nhận hồ sơ, giải quyết và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích đảm bảo theo quy định tại Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ.",
              lead: [STTTT],
              leadPrinted: "Sở Thông tin - Truyền thông",
              coordinatingPrinted: "Các sở, ban, ngành, UBND các huyện, thành phố; các cơ quan, đơn vị có liên quan",
              deadline: "Thường xuyên",
              evidence: "Báo cáo của UBND tỉnh",
              components: HDH,
            },
          ],
        },
        {
          ordinal: "2",
          title: "Áp dụng ISO trong hoạt động của các cơ quan hành chính",
          lead: [],
          components: HDH,
          children: [
            {
              ordinal: "2.1",
              title:
                "Tham mưu UBND tỉnh chỉ đạo và tổ chức thực hiện. Theo dõi, đánh giá và báo cáo kết quả thực hiện. Nâng tỷ lệ đơn vị hành chính cấp xã công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2008 lên 70% năm 2017 và 100% đến năm 2020",
              lead: [SKHCN],
              leadPrinted: "Sở Khoa học và Công nghệ",
              coordinatingPrinted: G_CAC_HUYEN,
              deadline: "Thường xuyên",
              evidence: "Các quyết định công bố Hệ thống quản lý chất lượng và Báo cáo kết quả thực hiện",
              components: HDH,
              numericTargets: [
                nt(
                  "Tỷ lệ đơn vị hành chính cấp xã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2008",
                  "eq",
                  70,
                  "%",
                  2017,
                  "lên 70% năm 2017",
                ),
                nt(
                  "Tỷ lệ đơn vị hành chính cấp xã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2008",
                  "eq",
                  100,
                  "%",
                  2020,
                  "100% đến năm 2020",
                ),
              ],
            },
            {
              ordinal: "2.2",
              title:
                "Chỉ đạo, hướng dẫn, đôn đốc các cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện (đảm bảo 100% các cơ quan, đơn vị, địa phương) duy trì, cải tiến Hệ thống quản lý chất lượng theo đúng quy định tại Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ.",
              lead: [SKHCN],
              leadPrinted: "Sở Khoa học và Công nghệ",
              coordinatingPrinted: G_CAC_HUYEN,
              deadline: "Thường xuyên",
              evidence: "Báo cáo kết quả thực hiện",
              components: HDH,
              numericTargets: [
                nt(
                  "Tỷ lệ cơ quan, đơn vị, địa phương duy trì, cải tiến Hệ thống quản lý chất lượng",
                  "eq",
                  100,
                  "%",
                  null,
                  "đảm bảo 100% các cơ quan, đơn vị, địa phương",
                ),
              ],
            },
          ],
        },
      ],
    },

    // VIII
    {
      ordinal: "VIII",
      title: "THỰC HIỆN CƠ CHẾ MỘT CỬA, CƠ CHẾ MỘT CỬA LIÊN THÔNG",
      lead: [],
      components: MC,
      children: [
        {
          ordinal: "1",
          title: "Thủ tục hành chính giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông.",
          lead: [],
          components: MC,
          children: [
            {
              ordinal: "1.1",
              title:
                "Rà soát các TTHC, từng bước đưa trên 90% các thủ tục hành chính thuộc thẩm quyền của các sở, ban, ngành; UBND các huyện, thành phố thực hiện theo cơ chế một cửa, cơ chế một cửa liên thông.",
              lead: [],
              leadPrinted: G_CAC_HUYEN,
              coordinating: [SNV, STP],
              coordinatingPrinted: "Sở Nội vụ, Sở Tư pháp",
              deadline: "Thường xuyên",
              evidence: "Thống kê số liệu, báo cáo",
              components: MC,
              numericTargets: [
                nt(
                  "Tỷ lệ TTHC thực hiện theo cơ chế một cửa, một cửa liên thông",
                  "gt",
                  90,
                  "%",
                  null,
                  "từng bước đưa trên 90% các thủ tục hành chính thuộc thẩm quyền của các sở, ban, ngành; UBND các huyện, thành phố thực hiện theo cơ chế một cửa, cơ chế một cửa liên thông",
                ),
              ],
            },
            {
              ordinal: "1.2",
              title:
                "Nâng tỷ lệ đơn vị hành chính cấp xã có 100% TTHC thuộc thẩm quyền giải quyết được thực hiện theo cơ chế một cửa. Mục tiêu đến năm 2020, 100% đơn vị hành chính cấp xã đưa 100% các TTHC ra thực hiện theo cơ chế một cửa).",
              lead: [],
              leadPrinted: "UBND các huyện, thành phố; UBND các xã, phường, thị trấn",
              coordinating: [SNV, STP, VP_UBND],
              coordinatingPrinted: "Sở Nội vụ, Sở Tư pháp, Văn phòng UBND tỉnh",
              deadline: "Thường xuyên",
              evidence: "Thống kê số liệu, báo cáo",
              components: MC,
              numericTargets: [
                nt(
                  "Tỷ lệ TTHC của đơn vị hành chính cấp xã thực hiện theo cơ chế một cửa",
                  "eq",
                  100,
                  "%",
                  null,
                  "có 100% TTHC thuộc thẩm quyền giải quyết được thực hiện theo cơ chế một cửa",
                ),
                nt(
                  "Tỷ lệ đơn vị hành chính cấp xã đưa 100% TTHC ra thực hiện theo cơ chế một cửa",
                  "eq",
                  100,
                  "%",
                  2020,
                  "Mục tiêu đến năm 2020, 100% đơn vị hành chính cấp xã đưa 100% các TTHC ra thực hiện theo cơ chế một cửa",
                ),
              ],
            },
            {
              ordinal: "1.3",
              title:
                "Quán triệt, thực hiện nghiêm túc việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính. Đảm bảo 100% số hồ sơ TTHC được tiếp nhận trong năm của các sở, ban, ngành; UBND cấp huyện, cấp xã được giải quyết đúng hạn và trước hạn",
              lead: [],
              leadPrinted: "Các sở, ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn",
              coordinating: [SNV, STP, VP_UBND],
              coordinatingPrinted: "Sở Nội vụ, Sở Tư pháp, Văn phòng UBND tỉnh",
              deadline: "Thường xuyên",
              evidence: "Thống kê số liệu, báo cáo",
              components: MC,
              numericTargets: [
                nt(
                  "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn",
                  "eq",
                  100,
                  "%",
                  null,
                  "Đảm bảo 100% số hồ sơ TTHC được tiếp nhận trong năm ... được giải quyết đúng hạn và trước hạn",
                ),
              ],
            },
          ],
        },
        {
          ordinal: "2",
          title:
            "Điều kiện cơ sở vật chất, trang thiết bị và mức độ hiện đại hóa của Bộ phận tiếp nhận và trả kết quả.",
          lead: [],
          components: MC,
          children: [
            {
              ordinal: "2.1",
              title:
                "Bố trí vị trí và diện tích làm việc phù hợp theo quy định của Bộ phận một cửa. Đầu tư trang thiết bị và mức độ hiện đại hóa cho Bộ phận một cửa. Mục tiêu, hết năm 2017, 100% các huyện, thành phố có Bộ phận tiếp nhận và trả kết quả hiện đại.",
              lead: [],
              leadPrinted: "UBND các huyện, thành phố",
              coordinating: [SNV, SKHDT, STC],
              coordinatingPrinted: "Sở Nội vụ, Sở Kế hoạch và Đầu tư, Sở Tài chính",
              deadline: "Xong trước 30/12/2017",
              evidence: "Báo cáo kết quả thực hiện",
              components: MC,
              numericTargets: [
                nt(
                  "Tỷ lệ huyện, thành phố có Bộ phận tiếp nhận và trả kết quả hiện đại",
                  "eq",
                  100,
                  "%",
                  2017,
                  "hết năm 2017, 100% các huyện, thành phố có Bộ phận tiếp nhận và trả kết quả hiện đại",
                ),
              ],
            },
            {
              ordinal: "2.2",
              title:
                "Xây dựng chương trình, kế hoạch hành động nâng cao chất lượng phục vụ của bộ phận một cửa tại cơ quan, đơn vị. Tổ chức thực hiện và định kỳ báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ) theo dõi và tổng hợp.",
              lead: [],
              leadPrinted: G_CAC_HUYEN,
              coordinating: [SNV],
              coordinatingPrinted: "Sở Nội vụ",
              deadline: "Thường xuyên",
              evidence: "Chương trình, kế hoạch hành động; Báo cáo kết quả thực hiện",
              components: MC,
            },
          ],
        },
        {
          ordinal: "3",
          title:
            "Thường xuyên tổ chức, đánh giá, khảo sát sự hài lòng của cá nhân, tổ chức đối với Bộ phận tiếp nhận và trả kết quả về các nội dung như: Nơi đón tiếp tổ chức, cá nhân. Thái độ phục vụ của công chức tại Bộ phận tiếp nhận và trả kết quả. Thời gian giải quyết TTHC tại Bộ phận tiếp nhận và trả kết quả. Chất lượng giải quyết TTHC tại Bộ phận tiếp nhận và trả kết quả...",
          lead: [],
          leadPrinted: G_CAC_HUYEN,
          coordinating: [SNV],
          coordinatingPrinted: "Sở Nội vụ",
          deadline: "Thường xuyên",
          evidence: "Báo cáo kết quả thực hiện",
          components: MC,
        },
      ],
    },

    // IX
    {
      ordinal: "IX",
      title: "ĐÁNH GIÁ TÁC ĐỘNG CCHC",
      lead: [],
      components: TD,
      children: [
        {
          ordinal: "1",
          title: "Chất lượng cung cấp dịch vụ y tế công của địa phương.",
          lead: [],
          components: TD,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu UBND tỉnh chỉ đạo, các giải pháp tổ chức thực hiện nâng cao năng lực chuyên môn của đội ngũ viên chức y tế trên địa bàn tỉnh; chất lượng khám, chữa bệnh của các cơ sở y tế; thái độ phục vụ của đội ngũ viên chức y tế; cương quyết nói không với tiêu cực ở các cơ sở khám, chữa bệnh trên địa bàn tỉnh.",
              lead: [SYT],
              leadPrinted: "Sở Y tế",
              coordinatingPrinted: "UBND các huyện, thành phố",
              deadline: "Thường xuyên",
              evidence: "Mức độ hài lòng của người dân thông qua điều tra xã hội học",
              components: TD,
            },
          ],
        },
        {
          ordinal: "2",
          title: "Chất lượng cung cấp dịch vụ giáo dục công của địa phương",
          lead: [],
          components: TD,
          children: [
            {
              ordinal: null,
              title:
                "Tham mưu cho UBND tỉnh chỉ đạo, tổ chức thực hiện các giải pháp nâng cao năng lực chuyên môn của đội ngũ giáo viên phổ thông trên địa bàn tỉnh; chất lượng dạy và học tại các cấp học. Giải quyết triệt để các hiện tượng tiêu cực ở các Trường học, các cơ sở giáo dục trên địa bàn tỉnh.",
              lead: [SGDDT],
              leadPrinted: "Sở Giáo dục và Đào tạo",
              coordinatingPrinted: "UBND các huyện, thành phố",
              deadline: "Thường xuyên",
              evidence: "Mức độ hài lòng của người dân thông qua điều tra xã hội học",
              components: TD,
            },
          ],
        },
        {
          ordinal: "3",
          title:
            "Tham mưu cho UBND tỉnh ban hành các chính sách thu hút đầu tư, tạo môi trường thuận lợi để khuyến khích các doanh nghiệp về đầu tư sản xuất và đầu tư mở rộng sản xuất. Phấn đấu nâng tỷ lệ doanh nghiệp được thành lập mới trong năm và mức thu hút đầu tư của tỉnh năm sau cao hơn năm trước.",
          lead: [SKHDT],
          leadPrinted: "Sở Kế hoạch và Đầu tư",
          coordinatingPrinted: "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố",
          deadline: "Thường xuyên",
          evidence: "Thống kê, báo cáo",
          components: TD,
        },
      ],
    },

    // X
    {
      ordinal: "X",
      title: "TỔ CHỨC PHỐI HỢP ĐIỀU TRA XÃ HỘI HỌC",
      lead: [],
      components: XHH,
      children: [
        {
          ordinal: null,
          title:
            "Ý kiến đánh giá của Thường trực HĐND tỉnh; lãnh đạo các sở, ban, ngành cấp tỉnh, lãnh đạo các huyện, thành phố; ý kiến đánh giá của các doanh nghiệp, người dân trên địa bàn tỉnh Lai Châu về công tác chỉ đạo, điều hành; về tổ chức thực hiện các hoạt động CCHC; về CNTT, về chất lượng cung cấp các dịch vụ hành chính công ... của tỉnh Lai Châu",
          lead: [SNV],
          leadPrinted: "Sở Nội vụ",
          coordinating: [VP_HDND],
          coordinatingPrinted:
            "Văn phòng HĐND tỉnh; các sở, ban, ngành; UBND cấp huyện, cấp xã và các Doanh nghiệp tỉnh Lai Châu",
          deadline: "Theo kế hoạch của Bộ Nội vụ và UBND tỉnh",
          components: XHH,
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------

const TARGET_PRINTED = "Nâng điểm Chỉ số CCHC của tỉnh năm sau cao hơn năm trước";

export const doc002: SeedDocument = {
  sourceFile: SOURCE,
  plans: [
    {
      code: "lai-chau-447-2017",
      number: "447/KH-UBND",
      numberPrinted: "Số: 447/KH-UBND",
      issuedOn: "2017-04-18",
      datePrinted: "Lai Châu, ngày 18 tháng 4 năm 2017",
      issuer: "lai-chau",
      title: "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) tỉnh Lai Châu giai đoạn 2017-2020",
      kind: "improvement",
      fromYear: 2017,
      toYear: 2020,
      reportingDeadline: "trước ngày 25/12 hàng năm",
      reportTo: SNV,
      summary:
        "Qua 4 năm đánh giá, xếp hạng (2012-2015), PAR INDEX của tỉnh Lai Châu không ổn định và luôn ở tốp các tỉnh có chỉ số thấp. Kế hoạch khắc phục những tồn tại, hạn chế, giao nhiệm vụ, giải pháp cụ thể cho từng cơ quan, đơn vị trên tất cả các lĩnh vực của Chỉ số CCHC, nhằm nâng điểm Chỉ số CCHC của tỉnh năm sau cao hơn năm trước giai đoạn 2017-2020.",
      sourceFile: SOURCE,
      tasks: [sectionII, appendix],
      // No signer block is printed in the source text.
    },
  ],
  results: [
    {
      unit: "lai-chau",
      year: 2012,
      component: "tong",
      points: 66.46,
      maxPoints: null,
      percent: null,
      rank: 59,
      rankOf: 63,
      source: "published",
      printed: "Năm 2012, Chỉ số cải cách hành chính tỉnh đạt 66,46 điểm, xếp thứ 59/63 tỉnh, thành phố.",
    },
    {
      unit: "lai-chau",
      year: 2013,
      component: "tong",
      points: 63.17,
      maxPoints: null,
      percent: null,
      rank: 62,
      rankOf: 63,
      source: "published",
      printed:
        "Năm 2013 đạt 63,17 điểm (giảm 3,29 điểm), xếp thứ 62/63 tỉnh, thành phố (giảm 3 hạng so với năm 2012).",
    },
    {
      unit: "lai-chau",
      year: 2014,
      component: "tong",
      points: 76.75,
      maxPoints: null,
      percent: null,
      rank: 52,
      rankOf: 63,
      source: "published",
      printed:
        "Năm 2014, đạt 76,75 điểm (tăng 13,58 điểm), xếp thứ 52/63 tỉnh, thành phố (tăng 10 hạng so với năm 2013).",
    },
    {
      unit: "lai-chau",
      year: 2015,
      component: "tong",
      points: 79.12,
      maxPoints: 100,
      percent: null,
      rank: 58,
      rankOf: 63,
      source: "published",
      printed:
        "Năm 2015, đạt 79,12/100 điểm (tăng 2,37 điểm), xếp vị trí thứ 58/63 tỉnh, thành phố (giảm 6 hạng so với năm 2014).",
    },
  ],
  targets: [2017, 2018, 2019, 2020].map((year) => ({
    label: "Mục tiêu",
    unit: "lai-chau",
    year,
    component: "tong" as const,
    score: { op: "gt-previous-year" as const },
    rank: null,
    printed: TARGET_PRINTED,
    rankPrinted: null,
    responsible: [SNV],
    responsiblePrinted: "Sở Nội vụ",
  })),
  frameworks: [
    {
      code: "bnv-tinh-2017",
      name: "Bộ chỉ số CCHC cấp tỉnh (PAR INDEX)",
      level: "province",
      fromYear: 2017,
      decision: "Quyết định số 4361/QĐ-BNV ngày 28/12/2016 của Bộ trưởng Bộ Nội vụ",
      issuer: null,
      maxPoints: 100,
      components: [
        { key: "chi-dao-dieu-hanh", name: "Công tác chỉ đạo điều hành", maxPoints: null, kind: "appraised" },
        {
          key: "the-che",
          name: "Công tác xây dựng và tổ chức thực hiện văn bản QPPL",
          maxPoints: null,
          kind: "appraised",
        },
        { key: "thu-tuc-hanh-chinh", name: "Công tác cải cách thủ tục hành chính", maxPoints: null, kind: "appraised" },
        { key: "to-chuc-bo-may", name: "Công tác cải cách tổ chức bộ máy", maxPoints: null, kind: "appraised" },
        {
          key: "cong-vu",
          name: "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
          maxPoints: null,
          kind: "appraised",
        },
        { key: "tai-chinh-cong", name: "Cải cách tài chính công", maxPoints: null, kind: "appraised" },
        { key: "chinh-quyen-so", name: "Hiện đại hóa hành chính", maxPoints: null, kind: "appraised" },
        {
          key: "mot-cua",
          name: "Nâng cao chất lượng hoạt động của cơ chế một cửa, một cửa liên thông",
          maxPoints: null,
          kind: "appraised",
        },
        { key: "tac-dong", name: "Đánh giá tác động của cải cách hành chính", maxPoints: null, kind: "appraised" },
        { key: "dieu-tra-xhh", name: "Điều tra xã hội học", maxPoints: null, kind: "survey" },
      ],
    },
  ],
};
