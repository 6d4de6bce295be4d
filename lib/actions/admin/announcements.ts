"use server";

import { revalidatePath } from "next/cache";
import { archiveAnnouncement } from "@/lib/announcements/archive-announcement";
import { createAnnouncement } from "@/lib/announcements/create-announcement";
import { announcementArchiveSchema, announcementSchema, announcementUpdateSchema } from "@/lib/announcements/schemas";
import { updateAnnouncement } from "@/lib/announcements/update-announcement";
import { permissionAction } from "@/lib/http/action";

const ADMIN_PATH = "/admin/announcements";

/** Where announcements show: the admin's list, every customer's dashboard and the landing page. */
function revalidateAnnouncements() {
  revalidatePath(ADMIN_PATH);
  revalidatePath("/user/dashboard");
  revalidatePath("/");
}

export const createAnnouncementAction = permissionAction("content.manage")
  .schema(announcementSchema)
  .action(async (input, { user, ip, requestId }) => {
    const created = await createAnnouncement(input, { id: user.id, ip, requestId });
    revalidateAnnouncements();
    return created;
  });

export const updateAnnouncementAction = permissionAction("content.manage")
  .schema(announcementUpdateSchema)
  .action(async (input, { user, ip, requestId }) => {
    const updated = await updateAnnouncement(input, { id: user.id, ip, requestId });
    revalidateAnnouncements();
    return updated;
  });

export const archiveAnnouncementAction = permissionAction("content.manage")
  .schema(announcementArchiveSchema)
  .action(async (input, { user, ip, requestId }) => {
    const archived = await archiveAnnouncement(input, { id: user.id, ip, requestId });
    revalidateAnnouncements();
    return archived;
  });
