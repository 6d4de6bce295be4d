import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ServiceFallbackForm } from "./service-fallback-form";
import { ServiceProviderMove } from "./service-provider-move";

type Service = {
  id: number;
  type: string;
  providerServiceId: string | null;
  provider: { id: string; name: string } | null;
  fallbackProvider: { id: string; name: string } | null;
  fallbackProviderServiceId: string | null;
  fallbackProviderRate: string | null;
};

/** The service page's two cards for moving work between providers: re-point it, and its fallback provider. */
export async function ServiceProviderCards({ service, providers }: { service: Service; providers: { id: string; name: string }[] }) {
  const t = await getTranslations("catalogAdmin.providerMove");
  const others = providers.filter((provider) => provider.id !== service.provider?.id);
  const fallback =
    service.fallbackProvider && service.fallbackProviderServiceId
      ? {
          providerName: service.fallbackProvider.name,
          providerServiceId: service.fallbackProviderServiceId,
          rate: service.fallbackProviderRate,
        }
      : null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={t("repointTitle")}>
        <ServiceProviderMove
          serviceId={service.id}
          type={service.type}
          current={{ providerName: service.provider?.name ?? null, providerServiceId: service.providerServiceId }}
          providers={providers}
        />
      </Card>
      <Card title={t("fallbackTitle")}>
        <ServiceFallbackForm serviceId={service.id} type={service.type} current={fallback} providers={others} />
      </Card>
    </div>
  );
}
