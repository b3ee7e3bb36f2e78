import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { todayInVietnam } from "../../server/clock";
import { ReportView } from "../components/ReportView";
import { buildReport, reportRequest } from "../lib/reports.server";
import { orHttpError, requireUser } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";
import printStyles from "../styles/report-print.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];
export const meta: MetaFunction = () => [{ title: `Bản in báo cáo — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const url = new URL(request.url);
  const parsed = reportRequest.safeParse({ planCode: url.searchParams.get("kehoach"), year: url.searchParams.get("nam"), period: url.searchParams.get("ky") });
  if (!parsed.success) throw new Response(parsed.error.issues[0]?.message ?? "Yêu cầu không hợp lệ.", { status: 400 });
  return orHttpError(buildReport(db, actor, parsed.data, todayInVietnam()));
}

export default function PrintReport() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="print-page-wrap">
      <p className="no-print print-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          In báo cáo
        </button>
      </p>
      <ReportView data={data} />
    </div>
  );
}
