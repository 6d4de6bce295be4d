import { ContentPage, contentPageMetadata } from "@/components/content/content-page";

export const generateMetadata = () => contentPageMetadata("refund");

export default function RefundPolicyPage() {
  return <ContentPage slug="refund" />;
}
